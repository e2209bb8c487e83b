#!/usr/bin/env node
// `npx ipo-lens …`: the checker and builders of the package, running the package's own
// wasm under Node ≥ 18 (no Rust toolchain needed): ipo_lens_cli_bg.wasm, the widget's code
// with the checkers' exports, which the widget's ipo_lens_bg.wasm leaves out. `check` prints the same report as the
// repository's `cargo run --bin fact-check` (both call the library's report); `offline`
// writes the single offline HTML file for a story; `static` writes its fallback SVGs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkReport, initSync, languages, Lens, textFiles, unreadableReport } from './ipo_lens_cli.js';
import { offlineHtml } from './offline.mjs';

const USAGE = `usage: ipo-lens <command> <story.json> [options]

commands:
  check <story.json> [--lang en|zh|zh-Hant]
      checks a dataset file: every problem with its JSON path, every derived figure
      recomputed from the dataset's own inputs, which views show each figure, and a
      warning for each figure no view shows. The sources' "text" files (relative to the
      dataset file) are read so that quotes can be looked for in them.
      Exits 1 when the file is invalid, 2 when a figure is contradicted, else 0.
  offline <story.json> [--out file.html] [--view view] [--lang zh|zh-Hant|en]
      writes one self-contained HTML file showing the story, that works from file://
      with no network (default: <story>-offline.html).
  static <story.json> [--out dir]
      writes every view the story fills, in every language, as <view>.<lang>.svg
      (and .360.svg for a phone-width widget; default dir: static): the fallback images
      for an embed of your own data. Beside each, <view>.<lang>.marks.json: its hit
      boxes and tooltips; name it in the image's data-marks attribute and a tap or a
      hover on the picture is answered before the widget's wasm has arrived.

options:
  --help   this text

The format of a dataset file: node_modules/ipo-lens/data/README.md
Examples: node_modules/ipo-lens/data/examples/`;

/** Exit codes: usage errors are 64 (as in sysexits.h); check's are 0, 1 and 2. */
const USAGE_ERROR = 64;

function usageError(message) {
  process.stderr.write(`ipo-lens: ${message}\n(ipo-lens --help lists the commands)\n`);
  process.exit(USAGE_ERROR);
}

/** Reads the arguments after the command: one file and the options `allowed` takes. */
function parse(args, allowed) {
  const options = {};
  let file = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (!allowed.includes(name)) usageError(`unknown option "${a}" (this command takes: ${allowed.map((o) => `--${o}`).join(', ') || 'none'})`);
      if (i + 1 >= args.length || args[i + 1].startsWith('--')) usageError(`${a}: give a value`);
      options[name] = args[++i];
    } else if (file !== null) {
      usageError('one dataset file at a time');
    } else {
      file = a;
    }
  }
  if (file === null) usageError('give a dataset file (story.json)');
  return { file, options };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A file's text, or why it cannot be read in the report's words (`not_found`, …). */
function read(path) {
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { why: e.code === 'ENOENT' ? 'not_found' : 'unreadable' };
  }
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { why: 'not_text' };
  }
}

/** The report on `file`, with the texts of its sources read next to it. */
function report(file, lang) {
  const data = read(file);
  if (data.text === undefined) return { report: unreadableReport(file, data.why, lang) };
  const texts = [];
  const unread = [];
  for (const t of textFiles(data.text)) {
    const r = read(join(dirname(file), t.file));
    if (r.text === undefined) unread.push({ path: t.path, file: t.file, why: r.why });
    else texts.push([t.source, r.text]);
  }
  return { json: data.text, report: checkReport(file, data.text, lang, { texts, unread }) };
}

function language(tag, fallback) {
  const lang = tag ?? fallback;
  if (!languages().includes(lang)) usageError(`--lang: unknown language "${lang}" (known: ${languages().join(', ')})`);
  return lang;
}

/** The dataset of `file`, or the report on stderr and exit 1 when it is invalid. */
function valid(file, lang) {
  const r = report(file, lang);
  if (r.report.exitCode === 1) {
    process.stderr.write(r.report.text);
    process.exit(1);
  }
  return r.json;
}

function lensOf(json) {
  const lens = new Lens();
  lens.setJson(json);
  return lens;
}

const commands = {
  check(args) {
    const { file, options } = parse(args, ['lang']);
    const r = report(file, language(options.lang, 'en')).report;
    process.stdout.write(r.text);
    process.exitCode = r.exitCode;
  },

  offline(args) {
    const { file, options } = parse(args, ['out', 'view', 'lang']);
    const lang = language(options.lang, 'zh');
    const json = valid(file, lang);
    const views = lensOf(json).views();
    if (options.view !== undefined && !views.includes(options.view)) {
      usageError(`--view: this story has no view "${options.view}" (it fills: ${views.join(', ')})`);
    }
    const out = options.out ?? `${basename(file).replace(/\.json$/i, '')}-offline.html`;
    const html = offlineHtml({ data: json, view: options.view ?? '', lang });
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(out, html);
    process.stdout.write(`${out}: ${html.length} bytes\n`);
  },

  static(args) {
    const { file, options } = parse(args, ['out']);
    const json = valid(file, 'en');
    const out = options.out ?? 'static';
    const lens = lensOf(json);
    mkdirSync(out, { recursive: true });
    let n = 0;
    let example = null;
    for (const view of lens.views()) {
      for (const lang of languages()) {
        // 640 px, and 360 px for a phone-width widget (src/bin/static-svg.rs writes the same)
        for (const [width, suffix] of [[640, ''], [360, '.360']]) {
          // the picture, and beside it its hit boxes with their tooltips' words (.marks.json)
          const [svg, marks] = lens.staticPicture(view, lang, width);
          const name = `${view}.${lang}${suffix}`;
          writeFileSync(join(out, `${name}.svg`), svg);
          writeFileSync(join(out, `${name}.marks.json`), marks);
          // the first view's two pictures, for the embed code below
          example ??= { view, lang };
          if (example.view === view && example.lang === lang) example[width] = { name, height: JSON.parse(marks).height };
          n++;
        }
      }
    }
    process.stdout.write(`wrote ${n} SVGs and their hit boxes (.marks.json) to ${out}\n`);
    if (example) {
      const { view, lang, 640: wide, 360: phone } = example;
      process.stdout.write(`embed one as the widget's fallback, the 360 px picture on a phone, each with its hit boxes
named in data-marks: a tap or a hover on the picture is then answered before the widget's
wasm has arrived:
  <ipo-lens view="${view}" lang="${lang}">
    <picture slot="fallback">
      <source media="(max-width: 559px)" srcset="${phone.name}.svg" data-marks="${phone.name}.marks.json" width="360" height="${phone.height}">
      <img src="${wide.name}.svg" data-marks="${wide.name}.marks.json" alt="…" width="640" height="${wide.height}">
    </picture>
  </ipo-lens>
`);
    }
  },
};

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  process.stdout.write(`${USAGE}\n`);
} else if (!Object.hasOwn(commands, command)) {
  usageError(`unknown command "${command}" (commands: ${Object.keys(commands).join(', ')})`);
} else {
  initSync({ module: readFileSync(new URL('./ipo_lens_cli_bg.wasm', import.meta.url)) });
  try {
    commands[command](rest);
  } catch (e) {
    process.stderr.write(`ipo-lens ${command}: ${e?.message ?? e}\n`);
    process.exitCode = 1;
  }
}
