/** Han ideographs: CJK Unified Ideographs, Extension A and the compatibility block. */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** True when `text` holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
