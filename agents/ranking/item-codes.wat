;; Approximate dot products of a query with many items' vectors, for agents/ranking/item-codes.ts:
;;   out[k] = bias[i] + qscale * scale[i] * (q . codes[i])   for i = items[k], k < n
;; codes: one row of `stride` int8 per item (the vector divided by its scale, zero-padded to a multiple of
;; 16); q: `stride` int16. Sixteen dimensions at a time: widen to int16, multiply-add pairs into int32.
;; Every argument but qscale and n is a byte offset into the imported memory.
(module
  (import "env" "memory" (memory 1 65536 shared))
  (func (export "dots") (param $codes i32) (param $stride i32) (param $scale i32) (param $bias i32)
      (param $q i32) (param $qscale f32) (param $items i32) (param $n i32) (param $out i32)
    (local $k i32) (local $item i32) (local $row i32) (local $f i32) (local $v v128) (local $acc v128)
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (local.set $item (i32.load (i32.add (local.get $items) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $row (i32.add (local.get $codes) (i32.mul (local.get $item) (local.get $stride))))
        (local.set $acc (v128.const i32x4 0 0 0 0))
        (local.set $f (i32.const 0))
        (block $dimsDone
          (loop $dims
            (br_if $dimsDone (i32.ge_u (local.get $f) (local.get $stride)))
            (local.set $v (v128.load (i32.add (local.get $row) (local.get $f))))
            (local.set $acc
              (i32x4.add (local.get $acc)
                (i32x4.add
                  (i32x4.dot_i16x8_s (i16x8.extend_low_i8x16_s (local.get $v))
                    (v128.load (i32.add (local.get $q) (i32.shl (local.get $f) (i32.const 1)))))
                  (i32x4.dot_i16x8_s (i16x8.extend_high_i8x16_s (local.get $v))
                    (v128.load offset=16 (i32.add (local.get $q) (i32.shl (local.get $f) (i32.const 1))))))))
            (local.set $f (i32.add (local.get $f) (i32.const 16)))
            (br $dims)))
        (f32.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 2)))
          (f32.add (f32.load (i32.add (local.get $bias) (i32.shl (local.get $item) (i32.const 2))))
            (f32.mul (f32.mul (local.get $qscale) (f32.load (i32.add (local.get $scale) (i32.shl (local.get $item) (i32.const 2)))))
              (f32.convert_i32_s
                (i32.add (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                         (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc))))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $each))))
)
