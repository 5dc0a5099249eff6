// The studio (development server only, `npm run content -- studio`): the curator chooses a testimony, or the
// on-screen start, and clicks the room where it goes; listens to the testimony from its spot; saves through the
// content tool (scripts/content/studio.mjs), which validates the whole cell and publishes all or nothing.
import './studio.css'
import {
  AmbientLight,
  ConeGeometry,
  DirectionalLight,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Raycaster,
  Scene,
  SphereGeometry,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { chooseSource } from '../audio/codec'
import { parseCell, parseManifest } from '../content/load'
import { loadIssueMessages, type Cell } from '../content/schema'
import { loadModel } from '../models/gltf'
import { Ktx2Textures } from '../scene/ktx2'

type Vec3 = [number, number, number]
const START = 'start'
/** Eye height of an on-screen visitor, as the app places the camera. */
const EYE = 1.6
/** A marker sits this far off the surface clicked, so it is not buried in the wall. */
const OFF_SURFACE = 0.1

const base = import.meta.env.BASE_URL
const $ = <T extends Element>(role: string) => document.querySelector<T>(`[data-role="${role}"]`)!
const root = $<HTMLElement>('studio')
const canvas = $<HTMLCanvasElement>('studio-canvas')
const status = $<HTMLElement>('studio-status')
const yawInput = $<HTMLInputElement>('studio-yaw')

const renderer = new WebGLRenderer({ canvas, antialias: true })
const scene = new Scene()
const camera = new PerspectiveCamera(70, 1, 0.05, 100)
const controls = new OrbitControls(camera, canvas)
scene.add(new AmbientLight(0xffffff, 1.2), new DirectionalLight(0xffffff, 1.5))

let cell: Cell
let model: Object3D | null = null
let selected = ''
const positions = new Map<string, Vec3>()
const markers = new Map<string, Mesh>()
const startMarker = new Mesh(new ConeGeometry(0.12, 0.4, 16), new MeshBasicMaterial({ color: 0x44aaff }))
scene.add(startMarker)

function say(text: string, state = '') {
  status.textContent = text
  status.dataset.state = state
}

function resize() {
  const { clientWidth: w, clientHeight: h } = canvas
  renderer.setSize(w, h, false)
  camera.aspect = w / Math.max(1, h)
  camera.updateProjectionMatrix()
}

/** The start marker: a cone on the floor, its tip the way visitors face (yaw about +y; 0 faces −z). */
function showStart() {
  const yaw = (cell.start.yaw * Math.PI) / 180
  startMarker.position.set(cell.start.position[0], 0.2, cell.start.position[2])
  startMarker.rotation.set(-Math.PI / 2, 0, 0)
  startMarker.rotateOnWorldAxis(new Vector3(0, 1, 0), yaw)
}

function showMarkers() {
  for (const [id, mesh] of markers) {
    mesh.position.fromArray(positions.get(id)!)
    ;(mesh.material as MeshBasicMaterial).color.set(id === selected ? 0xffd400 : 0xff5533)
  }
  for (const label of document.querySelectorAll<HTMLElement>('[data-studio-item]')) {
    const id = label.dataset.studioItem!
    const at = id === START ? cell.start.position : positions.get(id)!
    label.dataset.position = at.join(',')
  }
}

/** The list of what can be placed: each testimony, and the start. */
function listItems() {
  const fieldset = $<HTMLFieldSetElement>('studio-items')
  fieldset.querySelectorAll('label').forEach((l) => l.remove())
  for (const [id, text] of [
    ...cell.testimonies.map((t) => [t.id, t.title.en] as const),
    [START, 'Where visitors start'] as const,
  ]) {
    const label = document.createElement('label')
    label.dataset.studioItem = id
    const input = document.createElement('input')
    input.type = 'radio'
    input.name = 'place'
    input.value = id
    input.addEventListener('change', () => {
      selected = id
      showMarkers()
    })
    label.append(input, ` ${text}`)
    fieldset.append(label)
  }
}

async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(`${base}${path}`, { cache: 'no-store' })
  if (!response.ok) throw new Error(`${path}: ${response.status}`)
  return response.json()
}

async function openCell(file: string) {
  say('Loading…')
  cell = parseCell(await fetchJson(`content/${file}`), `content/${file}`)
  positions.clear()
  for (const mesh of markers.values()) scene.remove(mesh)
  markers.clear()
  for (const t of cell.testimonies) {
    positions.set(t.id, [...t.position])
    const mesh = new Mesh(new SphereGeometry(0.08, 16, 12), new MeshBasicMaterial({ color: 0xff5533 }))
    markers.set(t.id, mesh)
    scene.add(mesh)
  }
  if (model) scene.remove(model)
  const textures = new Ktx2Textures(renderer)
  const shown = (await loadModel(`${base}${cell.model}`, textures.plugin)).scene
  model = shown
  scene.add(shown)
  // the room's textures follow it; each is put in place as it arrives (the view draws every frame)
  void textures.bringIn(
    shown,
    () => model === shown,
    () => undefined,
  )
  camera.position.set(cell.start.position[0], EYE, cell.start.position[2])
  controls.target.set(0, cell.dimensions.height / 2, 0)
  controls.update()
  yawInput.value = String(cell.start.yaw)
  listItems()
  showStart()
  showMarkers()
  root.dataset.cell = cell.id
  root.dataset.ready = 'true'
  say('')
}

/** A click (not a drag) on the room places what is selected where the click meets a surface. */
const pressed = new Vector2()
const raycaster = new Raycaster()
canvas.addEventListener('pointerdown', (e) => pressed.set(e.clientX, e.clientY))
canvas.addEventListener('pointerup', (e) => {
  if (!model || !selected || pressed.distanceTo(new Vector2(e.clientX, e.clientY)) > 4) return
  const rect = canvas.getBoundingClientRect()
  const ndc = new Vector2(
    ((e.clientX - rect.left) / rect.width) * 2 - 1,
    -((e.clientY - rect.top) / rect.height) * 2 + 1,
  )
  raycaster.setFromCamera(ndc, camera)
  const hit = raycaster.intersectObject(model, true)[0]
  if (!hit) return
  const round = (v: Vector3): Vec3 => [v.x, v.y, v.z].map((n) => Math.round(n * 1000) / 1000) as Vec3
  if (selected === START) {
    cell = { ...cell, start: { ...cell.start, position: round(new Vector3(hit.point.x, 0, hit.point.z)) } }
    showStart()
  } else {
    const normal = hit.face ? hit.face.normal.clone().transformDirection(hit.object.matrixWorld) : new Vector3()
    positions.set(selected, round(hit.point.clone().addScaledVector(normal, OFF_SURFACE)))
  }
  showMarkers()
  say('Not saved yet.')
})

yawInput.addEventListener('change', () => {
  cell = { ...cell, start: { ...cell.start, yaw: Number(yawInput.value) || 0 } }
  showStart()
  say('Not saved yet.')
})

/** Plays the selected testimony from its marker, heard from where the camera is (HRTF, as in the app). */
let listening: { audio: HTMLAudioElement; context: AudioContext } | null = null
$<HTMLButtonElement>('studio-listen').addEventListener('click', () => {
  listening?.audio.pause()
  void listening?.context.close()
  listening = null
  const t = cell.testimonies.find((x) => x.id === selected)
  if (!t) return say('Choose a testimony first.')
  const audio = new Audio(`${base}${chooseSource(t.audio, (type) => new Audio().canPlayType(type))}`)
  const context = new AudioContext()
  const [x, y, z] = positions.get(t.id)!
  const panner = new PannerNode(context, { panningModel: 'HRTF', positionX: x, positionY: y, positionZ: z })
  const { position: p } = camera
  const forward = camera.getWorldDirection(new Vector3())
  context.listener.positionX.value = p.x
  context.listener.positionY.value = p.y
  context.listener.positionZ.value = p.z
  context.listener.forwardX.value = forward.x
  context.listener.forwardY.value = forward.y
  context.listener.forwardZ.value = forward.z
  context.createMediaElementSource(audio).connect(panner).connect(context.destination)
  listening = { audio, context }
  root.dataset.listening = t.id
  void audio.play()
})

$<HTMLButtonElement>('studio-save').addEventListener('click', async () => {
  say('Saving…')
  const response = await fetch('/__studio/save', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ cell: cell.id, positions: Object.fromEntries(positions), start: cell.start }),
  })
  const { problems } = (await response.json()) as { problems: string[] }
  if (problems.length) say(`Not saved:\n${problems.join('\n')}`, 'problems')
  else say('Saved: the cell is published with these places.', 'saved')
})

// The curator reads what each problem expected and found.
await loadIssueMessages()
const manifest = parseManifest(await fetchJson('content/manifest.json'), 'content/manifest.json')
const choose = $<HTMLSelectElement>('studio-cell')
for (const file of manifest.cells) choose.add(new Option(file.replace(/^cells\/|\.json$/g, ''), file))
const wanted = new URLSearchParams(location.search).get('cell')
if (wanted) choose.value = `cells/${wanted}.json`
choose.addEventListener('change', () => void openCell(choose.value))
new ResizeObserver(resize).observe(canvas)
renderer.setAnimationLoop(() => {
  controls.update()
  renderer.render(scene, camera)
})
await openCell(choose.value)
