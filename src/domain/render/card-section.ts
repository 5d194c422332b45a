/** A block of lines on the summary card that a feature adds (sign-offs, probes, check-ins). */
export type CardSection = { title: string; lines: string[] };
