import type { CliIo, Command } from './io.ts';

// Each command lives in commands/<name>.ts and exports `command`. Loading on demand keeps
// `extract` fast and lets each command own its dependencies.
const LOADERS = {
  extract: () => import('./commands/extract.ts'),
  validate: () => import('./commands/validate.ts'),
  convert: () => import('./commands/convert.ts'),
  suggest: () => import('./commands/suggest.ts'),
} satisfies Record<string, () => Promise<{ command: Command }>>;
const COMMANDS = Object.keys(LOADERS) as (keyof typeof LOADERS)[];

async function load(name: string): Promise<Command | undefined> {
  if (!Object.hasOwn(LOADERS, name)) return undefined;
  return (await LOADERS[name as keyof typeof LOADERS]()).command;
}

async function help(io: CliIo): Promise<void> {
  io.stdout.write('Usage: pa-signpost <command> [options]\n\nCommands:\n');
  for (const name of COMMANDS) {
    const command = await load(name);
    if (command) io.stdout.write(`  ${name.padEnd(10)} ${command.summary}\n`);
  }
  io.stdout.write('\nRun `pa-signpost <command> --help` for a command\'s options.\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help(io);
    return name === undefined ? 2 : 0;
  }
  const command = await load(name);
  if (!command) {
    io.stderr.write(`pa-signpost: unknown command "${name}"; expected one of ${COMMANDS.join(', ')}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(`pa-signpost ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
