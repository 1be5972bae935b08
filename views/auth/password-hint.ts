/** The same advice wherever a password is chosen (NIST: length over composition rules). */
export function passwordHint(minLength: number): string {
  return `Minstens ${minLength} tekens. Een zin van enkele woorden die alleen u kent, is sterk en goed te onthouden.`
}
