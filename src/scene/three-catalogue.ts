/**
 * What react-three-fiber sees as `three`. Its <Canvas> registers every export of the module it imports as a JSX
 * element, which defeats tree shaking and ships all of three.js; build/tree-shakable-fiber.ts points fiber here
 * instead, so only these classes (fiber's own needs, and the elements this app and @react-three/xr write as JSX) are
 * bundled. A JSX element missing here fails loudly ("is not part of the THREE namespace"), the browser tests render
 * every mode, and tests/unit/tree-shakable-fiber.test.ts checks this list against the installed fiber and the JSX.
 */
export {
  // Used by react-three-fiber itself.
  ACESFilmicToneMapping,
  BasicShadowMap,
  Clock,
  Color,
  ColorManagement,
  Layers,
  LinearSRGBColorSpace,
  NoToneMapping,
  Object3D,
  OrthographicCamera,
  PCFShadowMap,
  PCFSoftShadowMap,
  PerspectiveCamera,
  RGBAFormat,
  Raycaster,
  SRGBColorSpace,
  Scene,
  ShaderMaterial,
  UnsignedByteType,
  VSMShadowMap,
  Vector2,
  Vector3,
  WebGLRenderer,
  // JSX elements: <group>, <mesh>, <color>, lights, and the geometries and materials written as JSX.
  BoxGeometry,
  Group,
  HemisphereLight,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  PointLight,
} from 'three'
