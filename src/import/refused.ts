/**
 * A file the importer will not read, and what to do instead: its message says what the file is,
 * in Chinese and in English, and how to get a file that can be read.
 */
export class Refused extends Error {
  /** What the file is, in Chinese: 这是 Word 97-2003 的 .doc 文件. */
  readonly what: string;
  /** What to do instead, in Chinese. */
  readonly advice: string;

  constructor(what: string, whatInEnglish: string, advice: string) {
    super(`${what}，不能导入。${advice} (${whatInEnglish}: not imported)`);
    this.name = 'Refused';
    this.what = what;
    this.advice = advice;
  }
}
