/**
 * Finds a paragraph's run-in head: the short first sentence that names its theme, such as
 * 大力发展城市经济。 or ——更高质量推动产业发展。. Returns it with its 。 (and a leading ——),
 * or undefined when the paragraph opens with an ordinary sentence.
 */
export function findRunInHead(text: string): string | undefined {
  const end = text.indexOf('。');
  if (end < 0 || end === text.length - 1) return undefined; // a head is followed by the body
  const head = text.slice(0, end + 1);
  const dashed = head.startsWith('——');
  // 一是经济运行稳中向好。: the list's counter is not part of the theme.
  const words = head.replace(/^——/, '').replace(LIST_COUNTER, '');
  if ([...words].length > (dashed ? MAX_DASHED_HEAD_LENGTH : MAX_HEAD_LENGTH)) return undefined;
  // Addresses to the deputies (各位代表，…) open a paragraph but never name its theme.
  if (ADDRESS.test(words)) return undefined;
  // A theme is one phrase: enumerations (、), quotations of rules (：；) and questions are body
  // text; a —— item's theme may pair two phrases (聚焦产业升级、链群重塑，…).
  if ((dashed ? /[：；！？:;!?]/ : /[、：；！？:;!?]/).test(words)) return undefined;
  // A statement (今年是…之年。, 新的一年，…) describes; a theme does not use 是 or open with the time.
  if (/是/.test(words) || STATEMENT_START.test(words)) return undefined;
  return head;
}

/** The longest run-in head in this genre is about 23 characters; body sentences run longer. */
const MAX_HEAD_LENGTH = 24;
/** The themes of —— items (the five-year goals, the achievements) run a little longer. */
const MAX_DASHED_HEAD_LENGTH = 32;

const ADDRESS = /^各位(代表|委员)/;
const LIST_COUNTER = /^[一二三四五六七八九十]+是/;
const STATEMENT_START = /^(今年|明年|新的一年|当前|目前|同时|此外|总之|为此|因此|未来五年|今后五年)/;
