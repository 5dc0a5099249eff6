export function hasFfmpeg(): Promise<boolean>
export function run(command: string, args: string[]): Promise<{ stdout: string; stderr: string }>
