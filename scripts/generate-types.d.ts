/** The declaration file the types are written to. */
export declare const TYPES_FILE: URL;
/** Renders the types of the spec as the text of a declaration file. */
export declare function renderTypes(): Promise<string>;
