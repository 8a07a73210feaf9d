/**
 * Learn's include token `[!INCLUDE [title](path)]` (case-insensitive). Alone on
 * its line it is a block include; anywhere else it is inline.
 */
export const INCLUDE_TOKEN = /\[!include\s*\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)\]/gi;

/** A line holding nothing but one include token (indentation allowed). */
export const BLOCK_INCLUDE_LINE = /^([ \t]*(?:>[ \t]?)*)\[!include\s*\[([^\]]*)\]\(\s*<?([^)\s>]+)>?\s*\)\][ \t]*\r?$/i;
