import { describe, expect, it } from 'vitest'
import { detect, type IdentityHints, type PiiKind } from '../../src/privacy/scrub'
import { isValidIban, isValidInsz } from '../../src/privacy/scrub/checksums'

/** The detected values of one kind, as text. */
function found(text: string, kind: PiiKind, identity?: IdentityHints): string[] {
  return detect(text, identity)
    .filter((span) => span.kind === kind)
    .map((span) => text.slice(span.start, span.end))
}

function anything(text: string, identity?: IdentityHints): string[] {
  return detect(text, identity).map((span) => text.slice(span.start, span.end))
}

describe('INSZ (rijksregisternummer)', () => {
  it('accepts check digits computed before and after 2000', () => {
    expect(isValidInsz('78110423304')).toBe(true) // born 1978
    expect(isValidInsz('10031412308')).toBe(true) // born 2010: 2 put before the nine digits
    expect(isValidInsz('10031412309')).toBe(false)
  })

  it('finds punctuated and unpunctuated numbers with valid check digits', () => {
    expect(found('INSZ 10.03.14-123.08 en 78110423304.', 'NATIONAL_ID')).toEqual(['10.03.14-123.08', '78110423304'])
    expect(found('rijksregisternr. 110611 288 72', 'NATIONAL_ID')).toEqual(['110611 288 72'])
  })

  it('should not flag eleven digits whose check digits fail', () => {
    expect(found('nummer 10.03.14-123.09 en 78110423305', 'NATIONAL_ID')).toEqual([])
  })

  it('should mask the case’s own INSZ even with wrong check digits', () => {
    expect(found('INSZ 10031412399', 'NATIONAL_ID', { insz: '10.03.14-123.99' })).toEqual(['10031412399'])
  })
})

describe('phone numbers', () => {
  it.each(['0478/12 34 56', '+32 478 12 34 56', '0032 478 12 34 56', '02 123 45 67', '016/22.33.44', '0478123456', '+32 (0)2 553 12 34', '09/234.56.78'])(
    'finds %s',
    (phone) => {
      expect(found(`Bel mama op ${phone} na 17u.`, 'PHONE')).toEqual([phone])
    },
  )

  it('finds foreign numbers written with a country code', () => {
    expect(found('Papa in Nederland: +31 6 12345678.', 'PHONE')).toEqual(['+31 6 12345678'])
  })

  it('should not take dates, school years, amounts or ages for phone numbers', () => {
    expect(found('Op 02/03/2010, schooljaar 2024-2025, € 1250, 15 jaar, dossier 2023/0412.', 'PHONE')).toEqual([])
  })
})

describe('IBAN', () => {
  it('validates the mod-97 check, spaced or not', () => {
    expect(isValidIban('BE14 0631 2345 6783')).toBe(true)
    expect(isValidIban('BE14063123456783')).toBe(true)
    expect(isValidIban('BE14 0631 2345 6784')).toBe(false)
  })

  it('finds Belgian and foreign IBANs', () => {
    const text = 'Rekening BE14 0631 2345 6783 of NL91ABNA0417164300 op naam van moeder.'
    expect(found(text, 'IBAN')).toEqual(['BE14 0631 2345 6783', 'NL91ABNA0417164300'])
  })

  it('should not flag an IBAN-shaped number with a wrong check', () => {
    expect(found('Rekening BE15 0631 2345 6783.', 'IBAN')).toEqual([])
  })
})

describe('e-mail, URL, handle and plate', () => {
  it('finds e-mail addresses', () => {
    expect(found('Mail naar sofie.debacker@vclb-regio.be graag.', 'EMAIL')).toEqual(['sofie.debacker@vclb-regio.be'])
  })

  it('finds URLs with and without scheme', () => {
    expect(found('Zie https://www.naft.be/aanbod en instagram.com/yusuf.2010 of www.clb.be.', 'URL')).toEqual([
      'https://www.naft.be/aanbod',
      'instagram.com/yusuf.2010',
      'www.clb.be',
    ])
  })

  it('finds @handles but not the @ in an e-mail address', () => {
    expect(found('Ze wordt bedreigd via @zeyy.nep en mailt met zeynep@gmail.com.', 'HANDLE')).toEqual(['@zeyy.nep'])
  })

  it('finds Belgian plates in the new and the old format', () => {
    expect(found('Wagen 1-ABC-123, ook gezien als 1XYZ987 en de oude ABC-123.', 'PLATE')).toEqual(['1-ABC-123', '1XYZ987', 'ABC-123'])
  })

  it('should not take class names or school types for plates', () => {
    expect(found('Hij zit in 3 BSO, klas 2B, ASO en 120 OKAN-leerlingen.', 'PLATE')).toEqual([])
  })
})

describe('dates', () => {
  it.each(['14/03/2010', '14-3-2010', '2010-03-14', '14.03.10', '14 maart 2010', '14 mrt. 2010', '3 februari'])('finds %s', (date) => {
    expect(found(`Gesprek op ${date} met het CLB.`, 'DATE')).toEqual([date])
  })

  it('finds a day and month without year only after a word that announces a date', () => {
    expect(found('Gesprek op 18/11 met school.', 'DATE')).toEqual(['18/11'])
    expect(found('Hij haalde 12/20 en 3/4 van de klas slaagde.', 'DATE')).toEqual([])
  })

  it('should not flag months alone, weekdays, school years, times or invalid dates', () => {
    expect(found('In maart, op maandag om 14.30 u, schooljaar 2024-2025, en 31/02/2024.', 'DATE')).toEqual([])
  })

  it('finds the birth date of the identity also without year', () => {
    expect(found('Ze verjaart op 14/3.', 'DATE', { dateOfBirth: '2010-03-14' })).toEqual(['14/3'])
  })
})

describe('addresses and places', () => {
  it('finds streets by their suffix with number and bus, joined with postcode and municipality', () => {
    expect(found('Adres: Diestsesteenweg 112 bus 3, 3010 Kessel-Lo.', 'ADDRESS')).toEqual(['Diestsesteenweg 112 bus 3, 3010 Kessel-Lo'])
  })

  it('finds multi-word and French street names', () => {
    expect(found('Ze wonen in de Lange Kievitstraat 112.', 'ADDRESS')).toEqual(['Lange Kievitstraat 112'])
    expect(found('Adres: Rue de la Loi 155, 1040 Etterbeek', 'ADDRESS')).toEqual(['Rue de la Loi 155, 1040 Etterbeek'])
  })

  it('finds a street named without a number', () => {
    expect(found('Het gezin woont in de Kerkstraat in Hamme.', 'ADDRESS')).toEqual(['Kerkstraat'])
  })

  it('finds Belgian municipalities from GeoNames, and their Dutch names', () => {
    expect(found('Hij woont in Kortrijk, zij in Schaarbeek en oma in Brussel.', 'CITY')).toEqual(['Kortrijk', 'Schaarbeek', 'Brussel'])
  })

  it('takes the municipality after a school name as a place', () => {
    expect(found('Ze zit in het Sint-Jozefsinstituut Kapellen.', 'CITY')).toEqual(['Kapellen'])
  })

  it('takes a place that is also a Dutch word only after a cue', () => {
    expect(found('Ze woont in Boom.', 'CITY')).toEqual(['Boom'])
    expect(found('De Boom in de tuin is oud. Mol is een dier.', 'CITY')).toEqual([])
  })
})

describe('schools', () => {
  it.each([
    'Sint-Jozefscollege',
    'Sint-Jan Berchmanscollege',
    'GO! atheneum Voskenslaan',
    'Basisschool De Wegwijzer',
    'basisschool De Wegwijzer',
    'KTA Zavelenberg',
    'Koninklijk Atheneum Berchem',
    'Technisch Instituut Heilig Hart',
    'Don Bosco Halle',
    'Lyceum Martinus',
    'Sint-Ursula-Instituut',
    'Atheneum Anderlecht',
  ])('finds %s', (school) => {
    expect(anything(`Hij zit in ${school} sinds september.`)).toContain(school)
  })

  it('should not take generic school words or platforms for schools', () => {
    expect(found('Op school, in de basisschool en via Smartschool. Het College van Burgemeester en Schepenen.', 'SCHOOL')).toEqual([])
  })
})

describe('person names', () => {
  it('finds names from the Belgian and international lexicons', () => {
    expect(found('Gisteren belden Yusuf, Zeynep en Kacper naar het CLB.', 'PERSON')).toEqual(['Yusuf', 'Zeynep', 'Kacper'])
  })

  it('finds names after a cue word, also when the lexicon does not know them', () => {
    expect(found('Gesprek met juf Anja en mevr. Tshibanda.', 'PERSON')).toEqual(['Anja', 'Tshibanda'])
  })

  it('joins a given name with the surname after it', () => {
    expect(found('Vader Hüseyin Demir en CLB-medewerker Sofie De Backer.', 'PERSON')).toEqual(['Hüseyin Demir', 'Sofie De Backer'])
  })

  it('finds initials with a surname', () => {
    expect(found('Aanwezig: M. Peeters (CLB).', 'PERSON')).toEqual(['M. Peeters'])
  })

  it('takes surnames that are Dutch words only with context', () => {
    expect(found('De bakker en de vos. Bakker komt niet.', 'PERSON')).toEqual([])
    expect(found('De werkgever, dhr. Bakker, is tevreden.', 'PERSON')).toEqual(['Bakker'])
    expect(found('Ook Jan Bakker was er.', 'PERSON')).toEqual(['Jan Bakker'])
    expect(found('Het gesprek met De Smet verliep goed.', 'PERSON')).toEqual(['De Smet'])
  })

  it('should not flag capitalised words at the start of a sentence', () => {
    expect(found('Door de verhuis. Anders dan vorig jaar. Alle partners akkoord. Samen gaan we verder.', 'PERSON')).toEqual([])
  })

  it('marks every other mention of a name it found once', () => {
    expect(found('Mevr. Bakker belde. Bakker vraagt een gesprek.', 'PERSON')).toEqual(['Bakker', 'Bakker'])
  })

  it('takes an everyday word that is a given name as a name before an age or a role', () => {
    expect(found('Thomas (17) wil stoppen.', 'PERSON')).toEqual(['Thomas'])
    expect(found('Wouter, CLB-medewerker, schrijft.', 'PERSON')).toEqual(['Wouter'])
    expect(found('Thomas wil stoppen.', 'PERSON')).toEqual([])
  })

  it('should not take a function word for a given name in a capitalised title', () => {
    expect(found('Het project Samen Tegen Schooluitval loopt.', 'PERSON')).toEqual([])
  })

  it('should not take a cue followed by a compound or a school subject for a name', () => {
    expect(found('Aanvulling door de consulent: het IBAN-nummer. De leerkracht Wiskunde belde.', 'PERSON')).toEqual([])
  })

  it('finds names after a greeting, a form label or a closing formula, also unknown ones', () => {
    expect(found('Dag Kidane,\nVoornaam: Sinazo\nMet vriendelijke groeten,\nNyokabi Wanjiru', 'PERSON')).toEqual(['Kidane', 'Sinazo', 'Nyokabi Wanjiru'])
  })

  it('should not take everyday words after a cue or in a signature for names', () => {
    expect(found('Beste Ouders,\nVoornaam: Nog in te vullen.\nMet vriendelijke groeten,\nHet ROTS-team', 'PERSON')).toEqual([])
  })

  it('should leave the words of a Title Case heading out of the name', () => {
    expect(found('Verslag Overleg Yusuf El Amrani', 'PERSON')).toEqual(['Yusuf El Amrani'])
  })

  it('finds lower-case given names where a capital was due', () => {
    expect(found('kobe blijft bij oma. mama fatima weet het.', 'PERSON')).toEqual(['kobe', 'fatima'])
  })
})

describe('what is not personal data', () => {
  it('should not flag organisations and services', () => {
    const text =
      'Betrokken: CLB, NAFT, OKAN, JAC, CGG, VDAB, OCMW, Opgroeien, Groep INTRO, Arktos, Tejo, Alba, Ligand, De Link, vzw Jeugdzorg, Agentschap Opgroeien, Kind en Gezin, De Lijn, Fedasil.'
    expect(detect(text)).toEqual([])
  })

  it('should not flag ages, school years, months and weekdays', () => {
    expect(detect('Ze is 15 jaar en zit in 3de middelbaar, 2 BSO, 4 ASO. In maart, op dinsdag, schooljaar 2024-2025.')).toEqual([])
  })

  it('should not flag languages, countries and platforms', () => {
    expect(detect('Hij spreekt Frans en Turks, komt uit Marokko en zit op TikTok en Snapchat.')).toEqual([])
  })
})

describe('identity hints', () => {
  const identity: IdentityHints = { firstName: 'Yusuf', lastName: 'El Amrani', dateOfBirth: '2010-03-14', school: 'Sint-Jozefscollege Aalst' }

  it('finds the first name alone, the surname alone and the full name', () => {
    expect(found('Yusuf kwam. El Amrani belde. Amrani ook. Yusuf El Amrani tekende.', 'PERSON', identity)).toEqual([
      'Yusuf',
      'El Amrani',
      'Amrani',
      'Yusuf El Amrani',
    ])
  })

  it('finds lower case and possessives', () => {
    expect(found('yusuf zei het. Yusufs broer en Yusuf’s moeder.', 'PERSON', identity)).toEqual(['yusuf', 'Yusufs', 'Yusuf’s'])
  })

  it('finds initials and diminutives', () => {
    expect(found('Y. El Amrani en kleine Yusufje.', 'PERSON', identity)).toEqual(['Y. El Amrani', 'Yusufje'])
  })

  it('finds an identity name that no lexicon knows', () => {
    expect(found('Xqzorin kwam niet.', 'PERSON', { firstName: 'Xqzorin' })).toEqual(['Xqzorin'])
  })

  it('should not match an identity surname that is a Dutch word in lower case', () => {
    expect(found('De vos in het verhaal. Vos belde.', 'PERSON', { lastName: 'Vos' })).toEqual(['Vos'])
  })

  it('finds the parent contact’s phone number and e-mail', () => {
    const hints = { parentContact: 'Fatima, 0478 12 34 56, fatima.elamrani@gmail.com' }
    expect(anything('Bel 0478123456 of mail fatima.elamrani@gmail.com', hints)).toEqual(['0478123456', 'fatima.elamrani@gmail.com'])
  })

  it('finds the school also without its municipality', () => {
    expect(found('Hij zat op het Sint-Jozefscollege.', 'SCHOOL', identity)).toEqual(['Sint-Jozefscollege'])
  })
})
