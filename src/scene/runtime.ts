/** The 3D runtime (three.js, react-three-fiber), fetched only after Begin; the WebXR layer comes separately. */
export { SceneRoot } from './scene-root'
export { AttractScene } from './attract-scene'
export { Stage, lastFrameAt, useStageFailure } from './stage'
