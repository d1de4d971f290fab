import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read aloud or copied from a screen.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password an owner hands to a user: 4 groups of 4 (about 79 bits), e.g. `k7mq-2xbd-…`. */
export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += alphabet[randomInt(alphabet.length)];
    groups.push(group);
  }
  return groups.join('-');
}
