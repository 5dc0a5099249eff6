/** The top mip level of a KTX2 texture as 8-bit RGBA, as it was stored (a colour texture's texels stay sRGB). */
export function decodeKtx2(
  bytes: Uint8Array,
): Promise<{ data: Uint8Array; width: number; height: number; hasAlpha: boolean }>
