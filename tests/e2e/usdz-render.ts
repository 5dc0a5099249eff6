// Draws a USDZ in Chromium with three.js's own USD loader (a reader this project did not write), from a camera
// placed as the app places the on-screen visitor, under the flat light of the app's `?unlit` view: what the package
// holds, as a picture to set beside the web view of the same cell.
import { readFileSync } from 'node:fs'
import { extname, join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { PNG } from 'pngjs'
import { newPage } from './harness'

/** A made-up origin the test serves itself: the page, three.js from node_modules, and the package. */
const ORIGIN = 'http://usdz-render.test'
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.usdz': 'model/vnd.usdz+zip' }

export interface UsdzView {
  /** Eye position in metres and yaw about +y in degrees, as the cell's `start` and the app's eye height give them. */
  eye: [number, number, number]
  yaw: number
  width: number
  height: number
}

export interface UsdzPictures {
  /** The package drawn with its materials and textures. */
  shaded: PNG
  /** The same, with every texture taken off its material (each material in its factors alone). */
  flat: PNG
  /** Each material in a colour of its own, unshaded: `materials[i]` is drawn in `idColour(i)`. */
  ids: PNG
  /** `marker`: worn by a testimony's marker (under `Testimonies`), not by the room. */
  materials: { name: string; textured: boolean; marker: boolean }[]
}

/** The colour material `i` is drawn in on the `ids` picture. */
export const idColour = (i: number): [number, number, number] => [
  ((i + 1) * 37) % 256,
  ((i + 1) * 101) % 256,
  ((i + 1) * 173) % 256,
]

/** The page: loads the package, waits for its textures, and draws it three ways. Runs in the browser. */
const PAGE = `<!doctype html><meta charset="utf-8">
<script type="importmap">{"imports":{"three":"/three/build/three.module.js","three/addons/":"/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three'
import { USDLoader } from 'three/addons/loaders/USDLoader.js'
window.render = async ({ eye, yaw, width, height }) => {
  // as the app's canvas: ACES filmic tone mapping and sRGB output (react-three-fiber's defaults), its background
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
  renderer.setPixelRatio(1)
  renderer.setSize(width, height)
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  document.body.append(renderer.domElement)
  const scene = new THREE.Scene()
  scene.background = new THREE.Color('#0d0d0f')
  // ?unlit: an ambient light of π shows every surface in its own colour (three divides ambient light by π)
  scene.add(new THREE.AmbientLight(0xffffff, Math.PI))
  const camera = new THREE.PerspectiveCamera(70, width / height, 0.03, 60)
  camera.position.set(...eye)
  camera.quaternion.setFromAxisAngle(new THREE.Vector3(0, 1, 0), THREE.MathUtils.degToRad(yaw))
  const model = await new USDLoader().loadAsync('/package.usdz')
  scene.add(model)
  const meshes = []
  model.traverse((o) => o.isMesh && meshes.push(o))
  const materials = [...new Set(meshes.map((m) => m.material))]
  // the loader decodes each texture's image after it returns: wait until every map has its picture
  const maps = materials.flatMap((m) => ['map', 'normalMap', 'roughnessMap', 'emissiveMap'].map((k) => m[k]).filter(Boolean))
  for (let i = 0; i < 600 && !maps.every((t) => t.image && t.image.width > 0); i++)
    await new Promise((r) => setTimeout(r, 50))
  const shot = () => (renderer.render(scene, camera), renderer.domElement.toDataURL('image/png'))
  const shaded = shot()
  const kept = new Map(materials.map((m) => [m, m.map]))
  for (const m of materials) (m.map = null), (m.needsUpdate = true)
  const flat = shot()
  for (const m of materials) (m.map = kept.get(m)), (m.needsUpdate = true)
  const ids = materials.map((m, i) => new THREE.MeshBasicMaterial({
    color: new THREE.Color().setRGB(...(${idColour.toString()})(i).map((c) => c / 255), THREE.SRGBColorSpace),
  }))
  for (const mesh of meshes) mesh.material = ids[materials.indexOf(mesh.material)]
  renderer.toneMapping = THREE.NoToneMapping
  const idShot = shot()
  return {
    shaded, flat, ids: idShot,
    // the loader leaves materials unnamed: each is named after the first mesh that wears it
    materials: materials.map((m, i) => {
      const wearer = meshes.find((mesh) => mesh.material === ids[i])
      let marker = false
      wearer.traverseAncestors((a) => (marker ||= a.name === 'Testimonies'))
      return { name: m.name || wearer.name, textured: Boolean(kept.get(m)), marker }
    }),
  }
}
window.ready = true
</script>`

/** Draws `file` (a USDZ on disk) in a page of its own and returns the three pictures. */
export async function renderUsdz(browser: Browser, file: string, view: UsdzView): Promise<UsdzPictures> {
  const page = await newPage(browser, { viewport: { width: view.width, height: view.height } })
  try {
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname
      const local =
        path === '/'
          ? null
          : path === '/package.usdz'
            ? file
            : path.startsWith('/three/')
              ? join(resolve('node_modules/three'), path.slice('/three/'.length))
              : undefined
      if (local === undefined) return route.fulfill({ status: 404 })
      return route.fulfill({
        status: 200,
        contentType: local ? TYPES[extname(local)] : 'text/html',
        body: local ? readFileSync(local) : PAGE,
      })
    })
    await page.goto(`${ORIGIN}/`)
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true)
    const out = await page.evaluate(
      (v) =>
        (window as unknown as { render(v: UsdzView): Promise<Record<string, unknown>> }).render(v) as Promise<{
          shaded: string
          flat: string
          ids: string
          materials: { name: string; textured: boolean; marker: boolean }[]
        }>,
      view,
    )
    const png = (url: string) => PNG.sync.read(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'))
    return { shaded: png(out.shaded), flat: png(out.flat), ids: png(out.ids), materials: out.materials }
  } finally {
    await page.context().close()
  }
}
