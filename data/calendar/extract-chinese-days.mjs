// Regenerates cn-workdays.json from an unpacked copy of the npm package "chinese-days".
//
//   cd "$(mktemp -d)" && npm pack chinese-days && tar xzf chinese-days-*.tgz
//   node /path/to/data/calendar/extract-chinese-days.mjs "$PWD/package" 2026-11-24 > cn-workdays.json
//
// Arguments: the unpacked package folder, then the extraction date (defaults to today, UTC).
// Uses only Node's standard library. Refuses to write anything if the source contradicts the
// known facts checked below, so a bad upstream release cannot slip in silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_YEAR = 2015;

const [packageDir, extractedOnArg] = process.argv.slice(2);
if (!packageDir) {
  console.error('usage: node extract-chinese-days.mjs <unpacked chinese-days package dir> [yyyy-mm-dd]');
  process.exit(2);
}
const extractedOn = extractedOnArg ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(extractedOn)) fail(`bad extraction date ${extractedOn}`);

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.name !== 'chinese-days') fail(`${packageDir} holds ${pkg.name}, not chinese-days`);
// dist/chinese-days.json is the package's own compiled table (built from src/holidays/generate.ts).
// Entries look like "2025-01-28": "Spring Festival,春节,4" (English name, Chinese name, length).
const table = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8'));

const chineseName = (entry) => {
  const parts = entry.split(',');
  if (parts.length < 2 || !parts[1]) fail(`unexpected entry format: ${entry}`);
  return parts[1];
};
const yearOf = (date) => Number(date.slice(0, 4));
const isWeekend = (date) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

const lastYear = Math.max(...Object.keys(table.holidays).map(yearOf));
const inRange = (date) => yearOf(date) >= FIRST_YEAR && yearOf(date) <= lastYear;

const holidays = {};
for (const date of Object.keys(table.holidays).filter(inRange).sort()) {
  holidays[date] = chineseName(table.holidays[date]);
}
const workdays = {};
for (const date of Object.keys(table.workdays).filter(inRange).sort()) {
  // Adjusted working days are always weekend days; anything else means the format changed.
  if (!isWeekend(date)) fail(`adjusted working day ${date} is not a weekend day`);
  if (holidays[date]) fail(`${date} is both a holiday and a working day`);
  workdays[date] = `${chineseName(table.workdays[date])}调休`;
}
for (let y = FIRST_YEAR; y <= lastYear; y++) {
  if (!Object.keys(holidays).some((d) => yearOf(d) === y)) fail(`no holidays for ${y}`);
}

// Known facts from the State Council notices; the Java tests check the same weeks.
const expectOff = (from, to) => eachDay(from, to).forEach((d) => holidays[d] || fail(`${d} should be a holiday`));
const expectWork = (...dates) => dates.forEach((d) => workdays[d] || fail(`${d} should be an adjusted working day`));
expectOff('2019-02-04', '2019-02-10'); expectWork('2019-02-02', '2019-02-03');
expectOff('2019-10-01', '2019-10-07'); expectWork('2019-09-29', '2019-10-12');
expectOff('2025-01-28', '2025-02-04'); expectWork('2025-01-26', '2025-02-08');
expectOff('2025-10-01', '2025-10-08'); expectWork('2025-09-28', '2025-10-11');

const out = {
  source: 'npm package chinese-days',
  sourceVersion: pkg.version,
  license: pkg.license,
  extractedOn,
  firstYear: FIRST_YEAR,
  lastYear,
  holidays,
  workdays,
};
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);

function eachDay(from, to) {
  const days = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

function fail(message) {
  console.error(`extract-chinese-days: ${message}`);
  process.exit(1);
}
