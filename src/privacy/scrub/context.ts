import { foldPhrase } from './normalize'

/**
 * The small closed word lists the rules need. They are grammar and domain vocabulary (titles,
 * family words, months, organisations), not lexicons of names: names and places come from
 * packages through lexicon/.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/).map(foldPhrase))

/** Words that announce a person's name right after them ("mevr. Claes", "juf Anja", "mama Fatma"). */
export const PERSON_CUES = words(`
  mevr mevrouw mw mme madame meneer mijnheer mr dhr heer monsieur juf juffrouw meester mademoiselle
  mama mam moeder moeke papa pap vader vake broer broertje broers zus zusje zussen zuster oma opa
  grootmoeder grootvader grootouders bomma bompa meme pepe tante tantes nonkel oom neef nicht nichtje
  stiefvader stiefmoeder stiefbroer stiefzus plusmama pluspapa plusvader plusmoeder pleegmoeder pleegvader
  pleegouders ouder ouders halfbroer halfzus zoon dochter kleinzoon kleindochter partner echtgenoot echtgenote
  vriend vriendin vriendje vriendinnetje lief kennis buurman buurvrouw collega cliënt cliënte jongere
  leerling leerlinge leerkracht titularis klastitularis klasleraar directeur directrice adjunct-directeur
  zorgcoördinator zorgcoordinator zorgleerkracht leerlingenbegeleider leerlingbegeleider mentor coach
  begeleider begeleidster trajectbegeleider opvoeder opvoedster consulent consulente maatschappelijk
  clb-medewerker clb-anker clb-arts clb-verpleegkundige medewerker medewerkster coördinator coordinator
  psycholoog psychologe psychiater therapeut therapeute huisarts dokter dr arts verpleegkundige
  voogd advocaat advocate meester-advocaat jeugdrechter rechter inspecteur wijkagent agent werkgever
  stagebegeleider jobcoach tolk assistent assistente contactpersoon
  naam voornaam voornamen achternaam familienaam roepnaam bijnaam
  dag beste hallo hoi hey hi goedemorgen goeiemorgen goedemiddag goeiemiddag goedenavond geachte lieve`)

/** Closing formulas: the name after them (same line or the next) signs the message. */
export const CLOSING = /(?:groet(?:en|jes)?|mvg|m\.v\.g\.?|met dank|dank u|bedankt|cordialement|regards)[ \t]*[,!.]?[ \t]*\r?\n?[ \t]*$/i

/** Name particles that belong to the surname after them ("Van den Broeck", "El Amrani", "De Smet"). */
export const PARTICLES = words(`van de der den ter ten vanden vander vande el al ben bin ibn abu ould
  da di du des dos la le lo del della von zu ur 't d' l'`)

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = words(`mevr mw dhr mr dr st nr bv vb ca o.a i.p.v juf prof ir ing lic mme tel gsm
  tav t.a.v mgr bijv evt resp zgn`)

export const MONTHS = words(`januari februari maart april mei juni juli augustus september oktober november december
  jan feb febr mrt apr jun jul aug sep sept okt nov dec janvier février fevrier mars avril mai juin juillet août aout
  septembre octobre novembre décembre decembre`)

export const WEEKDAYS = words(`maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  lundi mardi mercredi jeudi vendredi samedi dimanche`)

/**
 * Capitalised words that appear in case notes and also occur in name lists: organisations and
 * services (which must stay readable), languages, religions, holidays, platforms and countries.
 * Folded, so "Emmaüs" is "emmaus".
 */
export const NOT_NAMES = words(`
  clb vclb naft okan jac cgg caw vdab ocmw opgroeien intro arktos tejo alba ligand link lijn vzw asbl agentschap
  fedasil minor-ndako ndako abaka syntra cvo cdo rtj oranjehuis bednet emmaus prisma pont kompas touche
  smartschool teams discord instagram insta snapchat snap tiktok whatsapp facebook messenger fortnite youtube
  google netflix playstation roblox minecraft telegram signal
  frans engels duits turks arabisch berbers tamazight pools roemeens bulgaars russisch spaans italiaans
  portugees tigrinya amhaars dari pashto farsi perzisch koerdisch lingala swahili somalisch albanees
  oekraiens romani nederlands vlaams
  islam islamitisch moslim ramadan allah koran kerstmis pasen pinksteren allerheiligen suikerfeest offerfeest
  marokko turkije congo syrie afghanistan eritrea ethiopie somalie polen roemenie bulgarije belgie nederland
  frankrijk italie spanje pakistan libie europa vlaanderen wallonie limburg kempen brabant
  covid corona aso bso tso kso buso dbso okan stem ict
  mama papa mams paps oma opa moeder vader tante nonkel juf meester
  time out dag groep kind gezin huis centrum welzijn onderwijs jeugdhulp school atheneum lyceum college
  instituut campus humaniora rots tafel overlegtafel
  wiskunde aardrijkskunde geschiedenis biologie fysica chemie godsdienst zedenleer economie informatica
  techniek latijn grieks muzo lo pav lichamelijke opvoeding`)

/** Words before a municipality that make an ambiguous place name (Boom, Mol, Lier) a place. */
export const PLACE_CUES = words(`in uit te naar van nabij richting rond omgeving gemeente stad stadsdeel deelgemeente
  ocmw clb jac cgg caw politiezone zone regio afdeling campus wonend woonachtig verhuisd`)
