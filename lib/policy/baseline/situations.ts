import type { PackInput } from '../schema';

export const situations: NonNullable<PackInput['situations']> = [];
