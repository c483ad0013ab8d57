/**
 * SM4 (GB/T 32907-2016), the symmetric cipher for personal data at rest and in tickets (003 6.3.2.3
 * a; 000 9.2.1). GCM is the default for new data; CBC, CTR and ECB exist for peers that demand
 * them. Encrypting methods draw their IV or nonce themselves, so a caller cannot reuse one.
 */
package org.onewindow.crypto.sm4;
