/**
 * Finds a paragraph's run-in head: the short first sentence that names its theme, such as
 * 大力发展城市经济。 or ——更高质量推动产业发展。. Returns it with its 。 (and a leading ——),
 * or undefined when the paragraph opens with an ordinary sentence.
 */
export function findRunInHead(text: string): string | undefined {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return undefined; // a head is followed by the body
  const head = text.slice(0, end + 1);
  const words = head.replace(/^——/, '');
  if ([...words].length > MAX_HEAD_LENGTH) return undefined;
  // Addresses to the deputies (各位代表，…) open a paragraph but never name its theme.
  if (ADDRESS.test(words)) return undefined;
  // A theme is one phrase: enumerations (、), quotations of rules (：；) and questions are body text.
  if (/[、：；！？:;!?]/.test(words)) return undefined;
  return head;
}

/** The longest run-in head in this genre is about 23 characters; body sentences run longer. */
const MAX_HEAD_LENGTH = 24;

const ADDRESS = /^各位(代表|委员)/;
