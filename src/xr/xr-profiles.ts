/** Where this site serves the WebXR Input Profiles registry's layouts and its controller and hand models. */
export const xrProfilesBase = () => new URL(`${import.meta.env.BASE_URL}xr-profiles/`, location.href).href
