export function stagingRoot(root: string): string
export function orphans(root: string): Promise<string[]>
export function recover(root: string): Promise<void>
export interface Stage {
  /** A file to write into, in the staging folder. */
  scratch(name: string): Promise<string>
  /** Adopts `file` under `sitePath` (or a versioned name where a different published file has it); its site path. */
  place(file: string, sitePath: string): Promise<string>
  /** Stages a content file, made live by publishing. */
  writeJson(sitePath: string, data: unknown): Promise<void>
}
export function transaction<T>(
  root: string,
  build: (stage: Stage) => Promise<T>,
  validate: (view: unknown) => Promise<string[]> | string[],
): Promise<T>
