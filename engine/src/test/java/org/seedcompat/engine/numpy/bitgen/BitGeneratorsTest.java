package org.seedcompat.engine.numpy.bitgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BitGeneratorsTest {

    @Test
    void namesAreNumpysClassNamesDefaultFirst() {
        assertEquals(List.of("PCG64", "MT19937", "PCG64DXSM", "Philox", "SFC64"), List.copyOf(BitGenerators.names()));
    }

    @Test
    void eachNameBuildsItsOwnClassSeededAsTheClassWould() {
        for (String name : BitGenerators.names()) {
            NumpyBitGenerator a = BitGenerators.seeded(name, 12345L);
            assertEquals(name, a.name());
        }
        long[] viaRegistry = new long[4];
        long[] direct = new long[4];
        NumpyBitGenerator r = BitGenerators.seeded("SFC64", 7L);
        Sfc64 d = Sfc64.seeded(7L);
        for (int i = 0; i < 4; i++) {
            viaRegistry[i] = r.nextLong();
            direct[i] = d.nextLong();
        }
        assertArrayEquals(direct, viaRegistry);
    }

    @Test
    void anUnknownNameSaysWhichAreKnown() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BitGenerators.seeded("Xoshiro", 1L));
        assertEquals("no bit generator named 'Xoshiro'; known: [PCG64, MT19937, PCG64DXSM, Philox, SFC64]", e.getMessage());
    }
}
