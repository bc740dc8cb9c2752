// The config file, loaded and validated once. Paths inside it are relative to the file.
import { dirname, isAbsolute, resolve } from 'node:path';
import { Config } from './config-schema.js';
import { loadJsonLocated } from './load.js';
import { validateWeights } from '../scoring/validate.js';

export interface LoadedConfig {
  config: Config;
  /** folder of the config file, for resolving the paths in it */
  dir: string;
}

export function loadConfig(file: string, cwd: string): LoadedConfig {
  const path = resolve(cwd, file);
  const { value: config, locate } = loadJsonLocated(Config, path, 'config', file);
  // References are checked when the config loads: an unknown audit id in `weights` is an error here, at its key.
  if (config.weights) validateWeights(config.weights, (p, part) => locate(['weights', ...p], part));
  return { config, dir: dirname(path) };
}

export function resolveFrom(dir: string, p: string | undefined): string | undefined {
  if (!p) return undefined;
  return isAbsolute(p) ? p : resolve(dir, p);
}
