// The sources live beside the safety rules, which need them too; content files import them from here.
export * from '../../safety/sources.ts';
