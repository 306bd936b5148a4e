import type { Plugin } from 'vite';

export function minifyCssText(text: string): string;
export function minifyHtmlText(text: string): string;
export function minifyLiterals(code: string, lang?: 'js' | 'ts'): string | null;
export function minifyLiteralsPlugin(): Plugin;
export const SHIPPED_COMMENTS: { legal: boolean; annotation: boolean; jsdoc: boolean };
