import type { PackInput } from '../schema';

export const policyRules: NonNullable<PackInput['rules']> = [];
