import type { PackInput } from '../schema';

export const templates: NonNullable<PackInput['templates']> = [];
