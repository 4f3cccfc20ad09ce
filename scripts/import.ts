// npm run import -- FILE [--out DIR]: a publisher's Word file, saved web page or PDF → DIR/report.txt
// and a draft DIR/report.meta.json, then the outline the build would publish and what the import
// was unsure of. The only file-system code of the importer (src/import/ is pure).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { importReport } from '../src/import/import-report.ts';
import { Refused } from '../src/import/refused.ts';

const USAGE =
  'usage: npm run import -- FILE [--out DIR]   (FILE: .docx, .html, .mht, .pdf; DIR: FILE without its extension)';

/** FILE and DIR, relative to where npm was run (npm runs scripts in the project's folder). */
export function parseArguments(args: string[], cwd: string): { file: string; out: string } | undefined {
  let file: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i];
    else if (args[i]?.startsWith('--out=')) out = args[i]!.slice('--out='.length);
    else if (file === undefined) file = args[i];
    else return undefined;
  }
  if (!file || out === '') return undefined;
  const path = resolve(cwd, file);
  return { file: path, out: out ? resolve(cwd, out) : path.slice(0, path.length - extname(path).length) };
}

/** Writes both files or neither: each goes to a temporary name first. */
function writeBoth(files: [path: string, text: string][]) {
  const temporary = files.map(([path, text]) => {
    const staging = `${path}.tmp-${process.pid}`;
    writeFileSync(staging, text);
    return [staging, path] as const;
  });
  for (const [staging, path] of temporary) renameSync(staging, path);
}

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const parsed = parseArguments(process.argv.slice(2), cwd);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  // Relative to where it runs, unless that climbs out of the workspace (as outline.ts shows paths).
  const shown = (path: string) => {
    const near = relative(cwd, path);
    return near && !near.startsWith(`..${sep}..`) ? near : path;
  };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(parsed.file);
  } catch {
    console.error(`找不到文件 ${shown(parsed.file)} (no such file)`);
    return 1;
  }
  let result;
  try {
    result = await importReport(bytes);
  } catch (error) {
    if (error instanceof Refused) {
      console.error(`${shown(parsed.file)}: ${error.message}`);
      return 1;
    }
    throw error;
  }

  mkdirSync(parsed.out, { recursive: true });
  const source = join(parsed.out, 'report.txt');
  const meta = join(parsed.out, 'report.meta.json');
  const draft = `${JSON.stringify(result.meta, null, 2)}\n`;
  const keepMeta = existsSync(meta);
  writeBoth([[source, result.text], ...(keepMeta ? [] : [[meta, draft] as [string, string]])]);

  const lines = result.text.split('\n').length - 1;
  console.log(`${basename(parsed.file)}: ${result.formatName} → ${shown(source)} (${lines} lines)`);
  if (keepMeta) {
    console.log(`${shown(meta)} already exists and was kept; the draft would be:\n${draft.trimEnd()}`);
  } else {
    console.log(`${shown(meta)} (draft): ${result.meta.title} · ${result.meta.issuer} · ${result.meta.year}`);
  }
  console.log(`date: ${result.date ?? 'not found'} (report.meta.json has no field for it)\n`);
  // The pipeline loads only now (1.3 s): a refused file is answered at once.
  const { printOutline } = await import('./outline.ts');
  const code = printOutline({ source, meta, outDir: parsed.out });
  console.log(result.notes.length > 0 ? '\nunsure (check these):' : '\nnothing to check');
  for (const note of result.notes) console.log(`  - ${note}`);
  return code;
}

if (import.meta.main) process.exitCode = await main();
