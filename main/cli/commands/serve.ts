import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { RunningHost } from '../../host';
import { findRendererDir } from '../../host/renderer-dir';
import { currentUser, userSettingsDir } from '../../user-paths';
import { ExitCode } from '../exit-code';

function fail(message: string, code: number = ExitCode.problem): void {
  process.stderr.write(`kimberlite serve: ${message}\n`);
  process.exitCode = code;
}

function parsePort(text: string | undefined): number | null {
  if (text === undefined) return 0;
  if (!/^\d{1,5}$/.test(text)) return null;
  const n = Number(text);
  return n <= 65535 ? n : null;
}

/** Resolves on the first SIGINT or SIGTERM; the handlers are removed again afterwards. */
function untilStopped(): Promise<string> {
  return new Promise((resolveSignal) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolveSignal(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve <case>')
    .description(
      'the browser host on 127.0.0.1; the first stdout line is the URL with its access token',
    )
    .option('--port <n>', 'port to listen on (default: any free port)')
    .action(async (path: string, options: { port?: string }) => {
      const port = parsePort(options.port);
      if (port === null) {
        fail(
          `--port must be a number from 0 to 65535, not ${JSON.stringify(options.port)}.`,
          ExitCode.usage,
        );
        return;
      }
      const full = resolve(path);
      if (!existsSync(full)) {
        fail(`${full} does not exist. Create it first with: kimberlite case create ${path}`);
        return;
      }
      const rendererDir = findRendererDir();
      if (!rendererDir) {
        fail('the app is not built (out/renderer is missing); run `npm run build`.');
        return;
      }

      // Loaded when served, not with the program: other commands never need them.
      const [{ KimberliteService }, { startHost }] = await Promise.all([
        import('../../service'),
        import('../../host'),
      ]);
      const service = new KimberliteService({
        settingsDir: userSettingsDir(),
        defaultCaseDir: dirname(full),
        user: currentUser(),
        transport: 'http',
      });
      const opened = await service.call('case.open', { path: full });
      if (!opened.ok) {
        fail(opened.error.message);
        return;
      }

      let host: RunningHost;
      try {
        host = await startHost({
          service,
          rendererDir,
          port,
          log: (line) => process.stderr.write(`kimberlite serve: ${line}\n`),
        });
      } catch (err) {
        await service.close();
        const busy = (err as NodeJS.ErrnoException).code === 'EADDRINUSE';
        fail(busy ? `port ${port} is already in use; choose another with --port.` : String(err));
        return;
      }

      // The contract: the URL is the first stdout line, alone, so scripts can read it.
      process.stdout.write(`${host.url}\n`);
      process.stderr.write(
        `kimberlite serve: "${opened.value.title}" (${full}) on http://127.0.0.1:${host.port}/\n` +
          'kimberlite serve: only this machine can connect; press Ctrl+C to stop.\n',
      );

      const signal = await untilStopped();
      process.stderr.write(`kimberlite serve: ${signal}, closing the case and stopping.\n`);
      await host.close();
      await service.close();
      process.exitCode = ExitCode.ok;
    });
}
