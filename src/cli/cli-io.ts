/** Where the CLI writes: injectable so tests can capture output without a terminal. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin?: NodeJS.ReadStream | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}
