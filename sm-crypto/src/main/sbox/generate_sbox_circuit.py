#!/usr/bin/env python3
"""Writes SboxCircuit.java: the SM4 S-box as straight-line bitsliced code.

S(x) = A·(A·x ⊕ C)⁻¹ ⊕ C in GF(2^8) mod x^8+x^7+x^6+x^5+x^4+x^2+1 (GB/T 32907's table has this
structure; Sm4BitslicedTest checks the generated circuit against the table on all 256 inputs).
The inversion runs in the tower GF((2^4)^2) = GF(2^4)[z]/(z^2+z+λ), GF(2^4) = GF(2)[y]/(y^4+y+1),
reached through an isomorphism T (the powers of a root of SM4's polynomial in the tower). The
linear layers T·A (with T·C) and A·T⁻¹ (with C) become XOR lists. Run it from the repository root:

    python3 sm-crypto/src/main/sbox/generate_sbox_circuit.py > \\
        sm-crypto/src/main/java/org/onewindow/crypto/sm4/SboxCircuit.java
"""

SM4_POLY, C, A_ROW = 0x1F5, 0xD3, 0xD3


def gf16_mul(a, b):
    r = 0
    for i in range(4):
        if (b >> i) & 1:
            r ^= a << i
    for bit in (6, 5, 4):
        if (r >> bit) & 1:
            r ^= 0b10011 << (bit - 4)
    return r


LAMBDA = next(l for l in range(1, 16) if all(gf16_mul(z, z) ^ z ^ l for z in range(16)))


def tower_mul(a, b):
    ah, al, bh, bl = a >> 4, a & 15, b >> 4, b & 15
    hh = gf16_mul(ah, bh)
    return ((hh ^ gf16_mul(ah, bl) ^ gf16_mul(al, bh)) << 4) | (gf16_mul(hh, LAMBDA) ^ gf16_mul(al, bl))


def root_powers():
    for beta in range(2, 256):
        powers = [1]
        for _ in range(8):
            powers.append(tower_mul(powers[-1], beta))
        value = 0
        for i in range(9):
            if (SM4_POLY >> i) & 1:
                value ^= powers[i]
        if value == 0:
            return powers[:8]
    raise SystemExit("no root")


def affine_columns():
    cols = []
    for j in range(8):
        y = 0
        for i in range(8):
            row = ((A_ROW >> i) | (A_ROW << (8 - i))) & 0xFF
            y |= (bin(row & (1 << j)).count("1") & 1) << (7 - i)
        cols.append(y)
    return cols


def apply(cols, x):
    y = 0
    for j, c in enumerate(cols):
        if (x >> j) & 1:
            y ^= c
    return y


def invert(cols):
    inv = [0] * 8
    for x in range(256):
        y = apply(cols, x)
        for j in range(8):
            if y == 1 << j:
                inv[j] = x
    return inv


T = root_powers()
A = affine_columns()
IN = [apply(T, apply(A, 1 << j)) for j in range(8)]
IN_CONST = apply(T, C)
OUT = [apply(A, apply(invert(T), 1 << j)) for j in range(8)]
LAM = [gf16_mul(LAMBDA, 1 << i) for i in range(4)]


def xor_list(cols, i, names):
    return [names[j] for j in range(len(cols)) if (cols[j] >> i) & 1]


def expr(terms, const_bit):
    e = " ^ ".join(terms) if terms else "0L"
    return f"~({e})" if const_bit else e


lines = []
emit = lines.append
for i in range(8):
    emit(f"    long u{i} = {expr(xor_list(IN, i, [f'in[offset + {j}]' for j in range(8)]), (IN_CONST >> i) & 1)};")
emit("    // Δ = λ·ah² ⊕ ah·al ⊕ al², with ah = u4..u7, al = u0..u3")
emit("    long s0 = u4 ^ u6, s1 = u6, s2 = u5 ^ u7, s3 = u7; // ah²")
for i in range(4):
    emit(f"    long ls{i} = {expr(xor_list(LAM, i, ['s0', 's1', 's2', 's3']), 0)}; // λ·ah²")
emit("    long q0 = u0 ^ u2, q1 = u2, q2 = u1 ^ u3, q3 = u3; // al²")


def mul(dst, a, b):
    emit(f"    long {dst}c0 = {a[0]} & {b[0]};")
    emit(f"    long {dst}c1 = ({a[0]} & {b[1]}) ^ ({a[1]} & {b[0]});")
    emit(f"    long {dst}c2 = ({a[0]} & {b[2]}) ^ ({a[1]} & {b[1]}) ^ ({a[2]} & {b[0]});")
    emit(f"    long {dst}c3 = ({a[0]} & {b[3]}) ^ ({a[1]} & {b[2]}) ^ ({a[2]} & {b[1]}) ^ ({a[3]} & {b[0]});")
    emit(f"    long {dst}c4 = ({a[1]} & {b[3]}) ^ ({a[2]} & {b[2]}) ^ ({a[3]} & {b[1]});")
    emit(f"    long {dst}c5 = ({a[2]} & {b[3]}) ^ ({a[3]} & {b[2]});")
    emit(f"    long {dst}c6 = {a[3]} & {b[3]};")
    emit(f"    long {dst}0 = {dst}c0 ^ {dst}c4, {dst}1 = {dst}c1 ^ {dst}c4 ^ {dst}c5,"
         f" {dst}2 = {dst}c2 ^ {dst}c5 ^ {dst}c6, {dst}3 = {dst}c3 ^ {dst}c6;")


mul("m", ["u4", "u5", "u6", "u7"], ["u0", "u1", "u2", "u3"])
emit("    long d0 = ls0 ^ m0 ^ q0, d1 = ls1 ^ m1 ^ q1, d2 = ls2 ^ m2 ^ q2, d3 = ls3 ^ m3 ^ q3;")
emit("    // Δ⁻¹ = Δ¹⁴ = (Δ³)⁴·Δ²")
emit("    long e0 = d0 ^ d2, e1 = d2, e2 = d1 ^ d3, e3 = d3; // Δ²")
mul("f", ["e0", "e1", "e2", "e3"], ["d0", "d1", "d2", "d3"])
emit("    long g0 = f0 ^ f2, g1 = f2, g2 = f1 ^ f3, g3 = f3; // Δ⁶")
emit("    long h0 = g0 ^ g2, h1 = g2, h2 = g1 ^ g3, h3 = g3; // Δ¹²")
mul("v", ["h0", "h1", "h2", "h3"], ["e0", "e1", "e2", "e3"])
emit("    // a⁻¹ = (ah·Δ⁻¹)·z + (ah ⊕ al)·Δ⁻¹")
mul("hi", ["u4", "u5", "u6", "u7"], ["v0", "v1", "v2", "v3"])
emit("    long w0 = u4 ^ u0, w1 = u5 ^ u1, w2 = u6 ^ u2, w3 = u7 ^ u3;")
mul("lo", ["w0", "w1", "w2", "w3"], ["v0", "v1", "v2", "v3"])
names = ["lo0", "lo1", "lo2", "lo3", "hi0", "hi1", "hi2", "hi3"]
for i in range(8):
    emit(f"    out[offset + {i}] = {expr(xor_list(OUT, i, names), (C >> i) & 1)};")

body = "\n".join(lines)
print(f"""package org.onewindow.crypto.sm4;

/**
 * The SM4 S-box as a Boolean circuit over bit slices: each {{@code long}} carries one bit of 64
 * independent bytes, so one evaluation substitutes 64 bytes with XOR, AND and NOT only — no table,
 * no branch, nothing that depends on the data's value (constant time by construction).
 *
 * <p>S(x) = A·(A·x ⊕ C)⁻¹ ⊕ C in SM4's GF(2⁸); the inversion runs in the tower field GF((2⁴)²)
 * (λ = {LAMBDA}) through an isomorphism merged into the two linear layers. Generated by {{@code
 * sm-crypto/src/main/sbox/generate_sbox_circuit.py}}, which explains the construction; do not
 * edit by hand. {{@code Sm4BitslicedTest}} checks it against the standard's table.
 */
final class SboxCircuit {{

  private SboxCircuit() {{}}

  /**
   * Substitutes the byte held in slices {{@code in[offset..offset+7]}} (bit i of the byte in slice
   * {{@code offset + i}}) into {{@code out[offset..offset+7]}}.
   */
  static void apply(long[] in, long[] out, int offset) {{
{body}
  }}
}}""")
