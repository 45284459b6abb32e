import { writeFile } from 'node:fs/promises';
import { buildPack, mergeResults } from '../../directory/build-pack.ts';
import { summarise } from '../../directory/summarise.ts';
import type { CliIo, Command } from '../io.ts';
import { loadInputs, parseArgs, writeHuman } from './validate.ts';

const USAGE = `Usage: pa-signpost convert FILE... --out pack.json [options]

Turns CSV spreadsheets, OpenActive RPDE pages and region packs into one region pack.
Rows with errors are left out and reported; the pack holds every valid activity.

Options:
  --out FILE          where to write the pack ("-" for standard output)
  --name TEXT         pack name (default: from an input pack)
  --publisher TEXT    who publishes it (default: from an input pack)
  --licence TEXT      licence of the data, e.g. OGL-UK-3.0 (default: from an input pack)
  --attribution TEXT  attribution text the licence requires
  --districts FILE    outcode,latitude,longitude CSV: fills missing coordinates and supplies the
                      districts the activities cover (plus neighbours within --radius km)
  --radius KM         neighbouring districts to include (default 15)
  --map "a=b,..."     CSV column mapping, e.g. "Session=name,Where=venue_postcode"
  --now YYYY-MM-DD    date used for staleness checks and the pack's generated date
  --sample            mark the pack as sample data
  --json              print the report as JSON instead of a summary

Exit status: 0 pack written with no errors, 1 pack written but some rows had errors (or nothing
could be written), 2 wrong usage.`;

export const command: Command = {
  summary: 'convert CSV, OpenActive or packs into one region pack',
  usage: USAGE,
  async run(args, io: CliIo) {
    const parsed = parseArgs(args);
    const out = typeof parsed === 'string' ? undefined : parsed.flags.get('--out')?.[0];
    if (typeof parsed === 'string' || parsed.files.length === 0 || !out) {
      const problem = typeof parsed === 'string' ? parsed : parsed.files.length === 0 ? 'expected at least one FILE, found none' : 'expected --out FILE, found none';
      io.stderr.write(`${problem}\n\n${USAGE}\n`);
      return 2;
    }
    const radiusText = parsed.flags.get('--radius')?.[0];
    const radiusKm = radiusText === undefined ? 15 : Number(radiusText);
    if (!Number.isFinite(radiusKm) || radiusKm < 0) {
      io.stderr.write(`--radius: expected a distance in km, found "${radiusText}"\n`);
      return 2;
    }
    const loaded = await loadInputs(parsed, io);
    if (typeof loaded === 'number') return loaded;
    const { results, districtIssues, districts } = loaded;
    const fromPack = results.find((r) => r.header?.name)?.header;
    const flag = (name: string) => parsed.flags.get(name)?.[0];
    const header = {
      name: flag('--name') ?? fromPack?.name ?? '',
      publisher: flag('--publisher') ?? fromPack?.publisher ?? '',
      licence: flag('--licence') ?? flag('--license') ?? fromPack?.licence ?? '',
      attribution: flag('--attribution') ?? fromPack?.attribution,
      generated: flag('--now'),
      sample: parsed.booleans.has('--sample') || undefined,
    };
    const missing = (['name', 'publisher', 'licence'] as const).filter((k) => header[k].trim() === '');
    if (missing.length > 0) {
      io.stderr.write(`expected ${missing.map((m) => `--${m}`).join(', ')} (no input pack supplies ${missing.length > 1 ? 'them' : 'it'}), found none\n`);
      return 2;
    }
    let pack;
    try {
      pack = buildPack(header, results, { districts, radiusKm });
    } catch (error) {
      io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const merged = mergeResults(results);
    const json = `${JSON.stringify(pack, null, 1)}\n`;
    if (out === '-') io.stdout.write(json);
    else await writeFile(out, json, 'utf8');
    const report = out === '-' ? { ...io, stdout: io.stderr } : io;
    if (parsed.booleans.has('--json')) {
      report.stdout.write(`${JSON.stringify({ out, activities: pack.activities.length, districts: Object.keys(pack.districts).length, summary: summarise(merged), stats: merged.stats, issues: [...merged.issues, ...districtIssues] }, null, 2)}\n`);
    } else {
      writeHuman(report, results, [...merged.issues.filter((i) => i.file === 'merge'), ...districtIssues]);
      report.stdout.write(`Wrote ${out === '-' ? 'the pack' : out}: ${pack.activities.length} activities, ${Object.keys(pack.districts).length} districts.\n`);
    }
    return merged.issues.some((i) => i.level === 'error') || pack.activities.length === 0 ? 1 : 0;
  },
};
