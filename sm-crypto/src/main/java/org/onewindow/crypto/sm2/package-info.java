/**
 * SM2 on the recommended curve sm2p256v1 (GB/T 32918-2016, GM/T 0003-2012): keys and their
 * encodings, signatures with SM3 and a signer ID, and public-key encryption. Built on Bouncy
 * Castle's curve arithmetic.
 */
package org.onewindow.crypto.sm2;
