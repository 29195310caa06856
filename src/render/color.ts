import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour only on a terminal, never when NO_COLOR is set (https://no-color.org) or --no-color
 * is given; FORCE_COLOR turns it on for tools that capture a TTY's output.
 */
export function makeChalk(stream: { isTTY?: boolean }, wantColor: boolean, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const on = wantColor && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && (forced || !!stream.isTTY);
  return new Chalk({ level: on ? 1 : 0 });
}
