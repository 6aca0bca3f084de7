/** Exit codes of contract.md. */
export const ExitCode = { ok: 0, problem: 1, usage: 2 } as const;
