// The search pages' query and filters as the reader changes them, and the history entries they
// make: typing follows as it goes (replacing the entry), submitting pushes one, the back button
// returns to the search an entry stood for. For both the report's page (search-page.ts) and a
// collection's (collection-page.ts).
import { readSearchState, searchPageUrl, type SearchState } from './search-url.ts';

/** An element of the search page, which must be there. */
export function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

/** How long typing may pause before the results follow it. */
const TYPING_DELAY_MS = 120;

export class SearchHistory {
  /** The search shown (or about to be). */
  state: SearchState = readSearchState(location.search);
  /** The search of the current history entry, as landed on, submitted or returned to. */
  private committed: SearchState = { ...this.state };
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** An input method is composing: the box holds pinyin, not the query yet. */
  private composing = false;
  private readonly base: string;
  private readonly input: HTMLInputElement;
  private readonly run: () => void;
  private readonly startEngine: () => void;

  /**
   * Wires the page's form and box: `run` shows the search in `state`; `startEngine` starts loading
   * the search as soon as the reader is about to type. Then `start()`.
   */
  constructor(base: string, form: HTMLFormElement, input: HTMLInputElement, run: () => void, startEngine: () => void) {
    this.base = base;
    this.input = input;
    this.run = run;
    this.startEngine = startEngine;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.commit({ ...this.state, q: input.value });
    });
    // While an input method composes (pinyin before it becomes 老旧小区), the box holds Latin
    // letters that are not the query yet: search when the composition ends.
    input.addEventListener('input', (event) => {
      if (!(event as InputEvent).isComposing) this.followTyping();
    });
    input.addEventListener('compositionstart', () => (this.composing = true));
    input.addEventListener('compositionend', () => {
      this.composing = false;
      this.followTyping();
    });
    input.addEventListener('focus', startEngine, { once: true });
    window.addEventListener('popstate', () => {
      this.committed = readSearchState(location.search);
      this.state = { ...this.committed };
      input.value = this.state.q;
      run();
    });
  }

  /** Runs the search of the page's URL, or what was typed while the page's code loaded. */
  start(): void {
    if (this.state.q.trim() !== '') {
      this.input.value = this.state.q;
      this.run();
    } else if (this.input.value.trim() !== '') {
      this.followTyping();
    }
    if (document.activeElement === this.input) this.startEngine();
  }

  private urlOf(next: SearchState): string {
    return searchPageUrl(this.base, { ...next, q: next.q.trim() === '' ? '' : next.q });
  }

  /** Makes `next` the current history entry's search, as a new entry unless the query is the same. */
  commit(next: SearchState): void {
    clearTimeout(this.typingTimer);
    if (next.q !== this.committed.q) {
      // The entry shows what was typed so far; give it back the search it stood for, so that the
      // back button returns to it.
      history.replaceState(null, '', this.urlOf(this.committed));
      history.pushState(null, '', this.urlOf(next));
    } else {
      history.replaceState(null, '', this.urlOf(next));
    }
    this.committed = { ...next };
    this.state = { ...next };
    this.run();
  }

  /** A filter changed: the same entry, now with it. Does not run the search. */
  narrow(changes: Partial<SearchState>): void {
    this.state = { ...this.state, ...changes };
    this.committed = { ...this.committed, ...changes };
    history.replaceState(null, '', this.urlOf(this.state));
  }

  private followTyping(): void {
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      if (this.composing) return;
      this.state = { ...this.state, q: this.input.value };
      history.replaceState(null, '', this.urlOf(this.state));
      this.run();
    }, TYPING_DELAY_MS);
  }
}

/** How long a search may take before the page says it is searching. */
const SLOW_MS = 400;

/**
 * Waits for a search's results, saying so when it takes a while (the first one loads the index),
 * not on every keystroke; says so when it fails. The words are shown by an element of their own,
 * `pending`, in the status's place, and said by the status while it is hidden: when the results
 * come, what is above them may appear, and a status that was on screen would move down (a layout
 * shift); this one is simply replaced. Undefined when the search failed or `isCurrent()` says a
 * later one overtook it.
 */
export async function whileSearching<T>(
  results: Promise<T>,
  page: { list: HTMLElement; status: HTMLElement; pending: HTMLElement },
  isCurrent: () => boolean,
): Promise<T | undefined> {
  const { list, status, pending } = page;
  list.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => {
    if (!isCurrent()) return;
    status.textContent = '正在搜索…';
    status.classList.add('visually-hidden');
    pending.hidden = false;
  }, SLOW_MS);
  try {
    const found = await results;
    if (!isCurrent()) return undefined;
    list.removeAttribute('aria-busy');
    return found;
  } catch (error) {
    if (!isCurrent()) return undefined;
    list.removeAttribute('aria-busy');
    status.classList.remove('visually-hidden');
    status.textContent = '搜索没有加载成功，请检查网络后重试。';
    console.error(error);
    return undefined;
  } finally {
    clearTimeout(slow);
    if (isCurrent()) pending.hidden = true;
  }
}
