;; A 3 × 3 median filter over 8-bit grey, sixteen pixels at a time (WebAssembly SIMD).
;; Compiled into median3-wasm.ts by `node scripts/build-wasm.mjs`; median.ts explains the
;; method and lays out the memory.
;;
;; median3(src, dst, width, height):
;;   src: height + 2 rows of width + 2 bytes, the image with its edge pixels repeated once
;;        all round; dst: height rows of width bytes. width is at least 16.
;; For each output pixel, the three pixels of each of its three columns are sorted
;; (lo ≤ mi ≤ hi); the median of the nine is then the middle of: the largest lo, the middle
;; mi, the smallest hi.
(module
  (memory (export "memory") 1)

  ;; The middle of three values in every lane: max(min(a, b), min(max(a, b), c)).
  (func $mid3 (param $a v128) (param $b v128) (param $c v128) (result v128)
    (i8x16.max_u
      (i8x16.min_u (local.get $a) (local.get $b))
      (i8x16.min_u (i8x16.max_u (local.get $a) (local.get $b)) (local.get $c))))

  (func (export "median3") (param $src i32) (param $dst i32) (param $w i32) (param $h i32)
    (local $stride i32) (local $y i32) (local $x i32) (local $top i32) (local $out i32)
    (local $a v128) (local $b v128) (local $c v128) (local $small v128) (local $large v128)
    (local $lo0 v128) (local $mi0 v128) (local $hi0 v128)
    (local $lo1 v128) (local $mi1 v128) (local $hi1 v128)
    (local $lo2 v128) (local $mi2 v128) (local $hi2 v128)
    (local.set $stride (i32.add (local.get $w) (i32.const 2)))
    (local.set $y (i32.const 0))
    (block $rows_done
      (loop $rows
        (br_if $rows_done (i32.ge_u (local.get $y) (local.get $h)))
        (local.set $x (i32.const 0))
        (block $cols_done
          (loop $cols
            (br_if $cols_done (i32.ge_u (local.get $x) (local.get $w)))
            ;; The last sixteen of a row end at its last pixel, overlapping the ones before.
            (if (i32.gt_u (i32.add (local.get $x) (i32.const 16)) (local.get $w))
              (then (local.set $x (i32.sub (local.get $w) (i32.const 16)))))
            ;; Window rows y .. y + 2 of src hold the rows above, at and below output row y.
            (local.set $top
              (i32.add (local.get $src)
                (i32.add (i32.mul (local.get $y) (local.get $stride)) (local.get $x))))

            ;; Column x - 1 (src column x): sorted into lo0 ≤ mi0 ≤ hi0.
            (local.set $a (v128.load (local.get $top)))
            (local.set $b (v128.load (i32.add (local.get $top) (local.get $stride))))
            (local.set $c (v128.load (i32.add (local.get $top)
              (i32.shl (local.get $stride) (i32.const 1)))))
            (local.set $small (i8x16.min_u (local.get $a) (local.get $b)))
            (local.set $large (i8x16.max_u (local.get $a) (local.get $b)))
            (local.set $lo0 (i8x16.min_u (local.get $small) (local.get $c)))
            (local.set $mi0 (i8x16.max_u (local.get $small)
              (i8x16.min_u (local.get $large) (local.get $c))))
            (local.set $hi0 (i8x16.max_u (local.get $large) (local.get $c)))

            ;; Column x.
            (local.set $a (v128.load offset=1 (local.get $top)))
            (local.set $b (v128.load offset=1 (i32.add (local.get $top) (local.get $stride))))
            (local.set $c (v128.load offset=1 (i32.add (local.get $top)
              (i32.shl (local.get $stride) (i32.const 1)))))
            (local.set $small (i8x16.min_u (local.get $a) (local.get $b)))
            (local.set $large (i8x16.max_u (local.get $a) (local.get $b)))
            (local.set $lo1 (i8x16.min_u (local.get $small) (local.get $c)))
            (local.set $mi1 (i8x16.max_u (local.get $small)
              (i8x16.min_u (local.get $large) (local.get $c))))
            (local.set $hi1 (i8x16.max_u (local.get $large) (local.get $c)))

            ;; Column x + 1.
            (local.set $a (v128.load offset=2 (local.get $top)))
            (local.set $b (v128.load offset=2 (i32.add (local.get $top) (local.get $stride))))
            (local.set $c (v128.load offset=2 (i32.add (local.get $top)
              (i32.shl (local.get $stride) (i32.const 1)))))
            (local.set $small (i8x16.min_u (local.get $a) (local.get $b)))
            (local.set $large (i8x16.max_u (local.get $a) (local.get $b)))
            (local.set $lo2 (i8x16.min_u (local.get $small) (local.get $c)))
            (local.set $mi2 (i8x16.max_u (local.get $small)
              (i8x16.min_u (local.get $large) (local.get $c))))
            (local.set $hi2 (i8x16.max_u (local.get $large) (local.get $c)))

            (local.set $out
              (i32.add (local.get $dst)
                (i32.add (i32.mul (local.get $y) (local.get $w)) (local.get $x))))
            (v128.store (local.get $out)
              (call $mid3
                (i8x16.max_u (i8x16.max_u (local.get $lo0) (local.get $lo1)) (local.get $lo2))
                (call $mid3 (local.get $mi0) (local.get $mi1) (local.get $mi2))
                (i8x16.min_u (i8x16.min_u (local.get $hi0) (local.get $hi1)) (local.get $hi2))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (br $cols)))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $rows)))))
