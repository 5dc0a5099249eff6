// draco3dgltf ships no types: what the content tool (scripts/content/model.mjs) and the pipeline tests use of it.
declare module 'draco3dgltf' {
  const draco3d: { createEncoderModule(): Promise<unknown>; createDecoderModule(): Promise<unknown> }
  export default draco3d
}
