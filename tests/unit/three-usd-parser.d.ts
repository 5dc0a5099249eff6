// three.js ships its USDA parser without type declarations; the tests use it to read layers back.
declare module 'three/addons/loaders/usd/USDAParser.js' {
  export class USDAParser {
    parseData(text: string): { specsByPath: Record<string, unknown> }
  }
}
