package org.seedcompat.engine.math.gen;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the tables of glibc's double-precision {@code acos} (IBM Accurate Mathematical
 * Library, {@code sysdeps/ieee754/dbl-64/e_asin.c} with {@code asincos.tbl} and {@code root.tbl})
 * and writes them as the Java source {@code org/seedcompat/engine/math/glibc/AcosData.java}.
 *
 * <h2>The interval table</h2>
 *
 * <p>For {@code 0.125 <= |x| < 0.96875} glibc splits the range into intervals of width
 * {@code 2^-8} (212 of them) and evaluates, around the interval's centre {@code x0}, a
 * polynomial {@code hi + lo + d1 t + t^2 (d2 + t (d3 + ... + t dK))} in {@code t = |x| - x0}
 * approximating {@code asin(x0 + t)}, with {@code K} from 6 (near 0.125) to 10 (near 0.97).
 * Each row of the table holds {@code x0, d1 .. dK, lo, hi}.
 *
 * <p><b>What is data and what is derived.</b> The centres {@code x0} are derived here (each row
 * is the midpoint of its interval). The polynomial coefficients, {@code hi} and {@code lo}, are
 * not a function of {@code x0} that can be recomputed: they are the output of a polynomial fit
 * over each interval, not a Taylor expansion: the constant term {@code hi + lo} differs from
 * {@code asin x0} by {@code 2^-85} to {@code 2^-64}; {@code d1} is the rounded first derivative in
 * 209 of the 216 rows (within one ulp in all), {@code d2} the rounded Taylor coefficient in 99 (up
 * to 220 ulps off), and from {@code d3} on the coefficients differ from
 * {@code asin^(k)(x0)/k!} by up to 4·10^5 ({@code d3}) to 6·10^13 ({@code d10}) ulps, the
 * adjustments that spread the truncation error over the interval (measured with 300-bit
 * arithmetic). {@code hi} itself is not the rounded {@code asin x0} either (up to 7 ulps from it).
 * glibc's sources keep neither the fitting method nor its parameters. They are
 * therefore constants of the algorithm, like the coefficients of its other polynomials, and are
 * kept below as glibc's bit patterns. glibc's table also has two entries per row used only by
 * the slow paths removed in glibc 2.34 (a short split of {@code d1}); they are not carried.
 *
 * <h2>The square-root seeds</h2>
 *
 * <p>Near {@code |x| = 1} glibc takes a square root by Newton's method from a seed
 * {@code inroot[i] * 2^e}: {@code inroot[i]} is {@code 1/sqrt(m)} at the midpoint {@code m} of
 * the {@code i}-th of 128 sub-intervals of {@code [0.5, 2)} ({@code [0.5, 1)} and {@code [1, 2)}
 * each cut into 64), written with 14 decimals; derived here from that definition (the decimal
 * literal is read as C reads it, correctly rounded). glibc's {@code powtwo} table is
 * {@code 2^e} and needs no table in Java.
 *
 * <p>Usage: {@code java -cp engine/target/classes
 * org.seedcompat.engine.math.gen.AcosTableGenerator [target]}; without an argument it writes
 * {@code engine/src/main/java/org/seedcompat/engine/math/glibc/AcosData.java} relative to the
 * working directory.
 */
public final class AcosTableGenerator {

    /** Rows per region: {@code [0.125, 0.25), [0.25, 0.5), [0.5, 0.75), [0.75, 0.921875), ..., [0.953125, 0.96875)}. */
    public static final int[] ROWS = {32, 64, 64, 44, 8, 4};

    /** Degree {@code K} of the polynomial per region. */
    public static final int[] DEGREE = {6, 6, 7, 8, 9, 10};

    /** Lower end of each region. */
    public static final double[] START = {0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125};

    /** Width of every interval. */
    public static final double WIDTH = 0x1p-8;

    /** glibc's fitted {@code d1 .. dK, lo, hi} of every row, in region order. */
    private static final long[] FITTED = {
        // 32 blocks of 8: d1 .. d6, lo, hi
        0x3ff0216988994424L, 0x3fb0a6a2b799b115L, 0x3fc6ef15d57409a0L, 0x3faa141eaf52eaa0L, 0x3fb75591abbbe261L,
        0x3fa72b51d206d88fL, 0x3c96b5955bb33e7dL, 0x3fc04b41a03e2700L,
        0x3ff02386f9e23a56L, 0x3fb1308c60fd0235L, 0x3fc7099f14d16b02L, 0x3faafed627c01ee1L, 0x3fb79c6fdbcd5f98L,
        0x3fa8144a4084daacL, 0xbc87c09238d8505eL, 0x3fc0cc5556c9f380L,
        0x3ff025b5b27141f6L, 0x3fb1bb1804ce7400L, 0x3fc7251472907342L, 0x3fabec600bf4222cL, 0x3fb7e61075b3736cL,
        0x3fa9024c5199c343L, 0xbc8ae84c06b56f60L, 0x3fc14d7a3defa070L,
        0x3ff027f5c6de8f57L, 0x3fb2464b345751e1L, 0x3fc74178cf026805L, 0x3facdcd840a9e0d6L, 0x3fb83282eb1d9c38L,
        0x3fa9f590d7be707bL, 0xbcab976803a2a6d6L, 0x3fc1ceb0e03b4870L,
        0x3ff02a474c759796L, 0x3fb2d22b92771935L, 0x3fc75ecf26aba06dL, 0x3fadd05b486a1932L, 0x3fb881d75af971d5L,
        0x3faaee52831aee0cL, 0x3ca13f57ad1b1befL, 0x3fc24ff9c8e09330L,
        0x3ff02caa59374e09L, 0x3fb35ebed44e8beaL, 0x3fc77d1a92e4be8aL, 0x3faec7064a6c34fdL, 0x3fb8d41e972f6e07L,
        0x3fabeccdf9845f69L, 0x3c8ba1fa945c4185L, 0x3fc2d15583c058b0L,
        0x3ff02f1f03dc7745L, 0x3fb3ec0ac1ee9f61L, 0x3fc79c5e4a82e6d2L, 0x3fafc0f719b1ef72L, 0x3fb9296a2aa943e5L,
        0x3facf141ef8b9de7L, 0xbc834081083c8716L, 0x3fc352c49d6e5610L,
        0x3ff031a563d81251L, 0x3fb47a15370b721fL, 0x3fc7bc9da28731e5L, 0x3fb05f261e305be9L, 0x3fb981cc5fa50fbdL,
        0x3fadfbef42ac4083L, 0x3ca20acba8e107c7L, 0x3fc3d447a336f5e0L,
        0x3ff0343d9159d86fL, 0x3fb508e423b3747cL, 0x3fc7dddc0ed597cbL, 0x3fb0df9279adf104L, 0x3fb9dd584658d945L,
        0x3faf0d1914aca06bL, 0xbca4e10ddf636efeL, 0x3fc455df23252c00L,
        0x3ff036e7a550d410L, 0x3fb5987d8d0af1e7L, 0x3fc8001d22f39726L, 0x3fb161d0a1116d73L, 0x3fba3c21bbea1528L,
        0x3fb0128274202ff6L, 0x3caa0611d10866e2L, 0x3fc4d78bac086560L,
        0x3ff039a3b96e0f8aL, 0x3fb628e78e0c29f6L, 0x3fc8236492cede01L, 0x3fb1e5f0fb7b5d84L, 0x3fba9e3d71bd08eeL,
        0x3fb0a1fd5f7ffab4L, 0xbc90f980ef04f6e7L, 0x3fc5594dcd7a8dc0L,
        0x3ff03c71e8275c12L, 0x3fb6ba28584c2a23L, 0x3fc847b6338c3d4bL, 0x3fb26c0459a55dd8L, 0x3fbb03c0f5202d6aL,
        0x3fb135229c6466a4L, 0x3c983c9a2a268973L, 0x3fc5db2617e62a20L,
        0x3ff03f524cba31a9L, 0x3fb74c4634c49adeL, 0x3fc86d15fc5f33ccL, 0x3fb2f41bfa419d7cL, 0x3fbb6cc2b757e82aL,
        0x3fb1cc18da4d5c39L, 0xbca862d42dfb224dL, 0x3fc65d151c8c8af0L,
        0x3ff04245032ea88fL, 0x3fb7df4784a2b473L, 0x3fc89388076a60f5L, 0x3fb37e498e8394c1L, 0x3fbbd95a160f3472L,
        0x3fb2670839844810L, 0x3c994228698bc8eaL, 0x3fc6df1b6d8c14a0L,
        0x3ff0454a285a8cebL, 0x3fb87332c21b9224L, 0x3fc8bb1092a93402L, 0x3fb40a9f3ed3f586L, 0x3fbc499f643217c8L,
        0x3fb3061a5d29a16bL, 0xbca3b2df3df9f2d7L, 0x3fc761399de6a160L,
        0x3ff04861d9e48d58L, 0x3fb9080e81461bf6L, 0x3fc8e3b400e32ffaL, 0x3fb4992fafb1f2a5L, 0x3fbcbdabf33705d5L,
        0x3fb3a97a7e23ee89L, 0x3c7aad12cce44c41L, 0x3fc7e3704187fae0L,
        0x3ff04b8c36478509L, 0x3fb99de170fac1b4L, 0x3fc90d76daa92166L, 0x3fb52a0e06c416a6L, 0x3fbd359a1cdca344L,
        0x3fb451557efd4ca0L, 0x3c396ca535a8895dL, 0x3fc865bfed4c6ef0L,
        0x3ff04ec95cd5e248L, 0x3fba34b25bb94403L, 0x3fc9385dcf5ca73aL, 0x3fb5bd4df01afdbeL, 0x3fbdb1854d61a7a9L,
        0x3fb4fdda00bd47cfL, 0xbc9d1119727e8b64L, 0x3fc8e82937077e20L,
        0x3ff052196dbd2a10L, 0x3fbacc882894caa1L, 0x3fc9646db6427516L, 0x3fb65303a3a864d7L, 0x3fbe318a0e3cf3d4L,
        0x3fb5af3878cda678L, 0x3ca3841dda9d51dfL, 0x3fc96aacb58aa660L,
        0x3ff0557c8a099990L, 0x3fbb6569dc268965L, 0x3fc991ab8f9fba21L, 0x3fb6eb43eaed1e85L, 0x3fbeb5c6115c4c63L,
        0x3fb665a347f9aefaL, 0xbca1f8fd03ab3673L, 0x3fc9ed4b00ac4a60L,
        0x3ff058f2d3a9e674L, 0x3fbbff5e99873832L, 0x3fc9c01c85e31ce9L, 0x3fb7862426e09ff2L, 0x3fbf3e583cf0885cL,
        0x3fb7214ed2986239L, 0x3c97e3e53e594694L, 0x3fca7004b14eb5d0L,
        0x3ff05c7c6d731ecbL, 0x3fbc9a6da34fa4b3L, 0x3fc9efc5eed9c253L, 0x3fb823ba5614faebL, 0x3fbfcb60b7ce698fL,
        0x3fb7e27199f3292fL, 0xbc9842c6068d709cL, 0x3fcaf2da61674110L,
        0x3ff060197b24a973L, 0x3fbd369e5ca0a798L, 0x3fca20ad4cf0db64L, 0x3fb8c41d1b1a3f31L, 0x3fc02e807b35e049L,
        0x3fb8a94456fb8a97L, 0xbcacbf9cd337b37cL, 0x3fcb75ccac059370L,
        0x3ff063ca216c6801L, 0x3fbdd3f84a32c9fdL, 0x3fca52d850843bc9L, 0x3fb96763c324648aL, 0x3fc079ade4407899L,
        0x3fb976021663a5dcL, 0xbca3adc3c637289dL, 0x3fcbf8dc2d5b06a0L,
        0x3ff0678e85eafb1fL, 0x3fbe7283136deac6L, 0x3fca864cd93a817dL, 0x3fba0da64cf7089bL, 0x3fc0c74ab3abb322L,
        0x3fba48e8562e6e1eL, 0xbc951e3e7eb8fff8L, 0x3fcc7c0982c22b80L,
        0x3ff06b66cf382a59L, 0x3fbf1246838936fbL, 0x3fcabb10f76f5c94L, 0x3fbab6fd701a77aeL, 0x3fc11769c26702c6L,
        0x3fbb223724cdf38eL, 0xbc8db69ae28307a9L, 0x3fccff554ac67190L,
        0x3ff06f5324e7707fL, 0x3fbfb34a8ab3cbb2L, 0x3fcaf12aedac8d74L, 0x3fbb6382a45da614L, 0x3fc16a1ead8e9f44L,
        0x3fbc023141e7749dL, 0x3c76ca2722dc16a2L, 0x3fcd82c0252bf240L,
        0x3ff07353af8cada0L, 0x3fc02acb9fa32dc9L, 0x3fcb28a132323718L, 0x3fbc135029a8f15eL, 0x3fc1bf7ddeb270e1L,
        0x3fbce91c40d67463L, 0x3ca6e976104baa08L, 0x3fce064ab2f76140L,
        0x3ff0776898c0ffd9L, 0x3fc07c9a6f7f1af0L, 0x3fcb617a708f2afbL, 0x3fbcc6811025b50cL, 0x3fc2179c9487453aL,
        0x3fbdd740ad09b3abL, 0xbc8d32db189038c0L, 0x3fce89f596762300L,
        0x3ff07b920b27c417L, 0x3fc0cf15e821087aL, 0x3fcb9bbd8b49dc8cL, 0x3fbd7d3140bef5c2L, 0x3fc27290ec080575L,
        0x3fbeccea3056a6a9L, 0x3c9de5060c9b27a2L, 0x3fcf0dc173468a50L,
        0x3ff07fd03273c018L, 0x3fc1224251b87f08L, 0x3fcbd7719d9ab2bcL, 0x3fbe377d85ffa125L, 0x3fc2d071ea0cfe55L,
        0x3fbfca67bb61ddd3L, 0xbca2538388a645e7L, 0x3fcf91aeee603f40L,
        0x3ff084233b6c76f2L, 0x3fc176240a1df897L, 0x3fcc149dfd38779dL, 0x3fbef58395531ecdL, 0x3fc33157855fa966L,
        0x3fc06805d81e6baaL, 0x3c86827e1b47faecL, 0x3fd00adf570e6798L,
        // 64 blocks of 8: d1 .. d6, lo, hi
        0x3ff0888b53f3a97bL, 0x3fc1cabf858525d6L, 0x3fcc534a3c37af90L, 0x3fbfb76218ad312aL, 0x3fc3955ab151caadL,
        0x3fc0ef1607ade82dL, 0x3caeef44fcde8746L, 0x3fd04cf8ad203480L,
        0x3ff08d08ab0b03f8L, 0x3fc220194f34eee8L, 0x3fcc937e2afdabdeL, 0x3fc03e9c5c4f35baL, 0x3fc3fc9568df21a6L,
        0x3fc17a9153843c52L, 0xbc9d6f54c2bb835aL, 0x3fd08f23ce0162b8L,
        0x3ff0919b70d9fa87L, 0x3fc276360a456c09L, 0x3fccd541da483778L, 0x3fc0a394136d6630L, 0x3fc46722ba615e9cL,
        0x3fc20aa6a2bc6f73L, 0x3ca9d0067f1d9d86L, 0x3fd0d1610f0c1ec8L,
        0x3ff09643d6b3d5d1L, 0x3fc2cd1a72641546L, 0x3fcd189d9d4ac7ecL, 0x3fc10aa9149c2e66L, 0x3fc4d51ed3de8741L,
        0x3fc29f86f6da4768L, 0x3caea900828c2a81L, 0x3fd113b0c65d88c8L,
        0x3ff09b020f1df195L, 0x3fc324cb5c9e6b3fL, 0x3fcd5d9a0be228b7L, 0x3fc173ecd29602b0L, 0x3fc546a70ffa7799L,
        0x3fc3396587ba569fL, 0xbcae32589956f2c3L, 0x3fd156134ada6ff0L,
        0x3ff09fd64dd62eb0L, 0x3fc37d4db8335de5L, 0x3fcda44004dfa3f1L, 0x3fc1df7155e59412L, 0x3fc5bbda0394b72eL,
        0x3fc3d877e1177398L, 0x3ca8ac883b5720a7L, 0x3fd19888f43427a8L,
        0x3ff0a4c0c7d99a5fL, 0x3fc3d6a68f6bb942L, 0x3fcdec98b06cb8a9L, 0x3fc24d49432c74b1L, 0x3fc634d78c1c6ec6L,
        0x3fc47cf601bf2560L, 0x3ca3ede7476e25c7L, 0x3fd1db121aed7720L,
        0x3ff0a9c1b36b4c8bL, 0x3fc430db0879e39bL, 0x3fce36ad82887d8bL, 0x3fc2bd87e1b33c79L, 0x3fc6b1c0dea4e95eL,
        0x3fc5271a7c90504aL, 0x3caafad98a6ebd08L, 0x3fd21daf185fa360L,
        0x3ff0aed9481b7eedL, 0x3fc48bf066613bb3L, 0x3fce82883d9fdd8fL, 0x3fc3304122470bf2L, 0x3fc732b897c5b476L,
        0x3fc5d7229b614f73L, 0x3ca96b82759745c8L, 0x3fd2606046bf95b8L,
        0x3ff0b407becedf0eL, 0x3fc4e7ec09e5699aL, 0x3fced032f541ec2dL, 0x3fc3a589a6688484L, 0x3fc7b7e2cc5228bdL,
        0x3fc68d4e83ecad1fL, 0x3ca985867cb79363L, 0x3fd2a32601231ec8L,
        0x3ff0b94d51c61d1cL, 0x3fc544d37281f837L, 0x3fcf1fb810f19f89L, 0x3fc41d76c7d08a44L, 0x3fc841651af4e5e6L,
        0x3fc749e15ee5d838L, 0x3c8a2a36a1f9a890L, 0x3fd2e600a3865760L,
        0x3ff0beaa3ca5b9c1L, 0x3fc5a2ac3f6a91d3L, 0x3fcf71224f1650dbL, 0x3fc4981ea04f63e7L, 0x3fc8cf66bebc9b64L,
        0x3fc80d2181598bf7L, 0xbc9841438e0fd320L, 0x3fd328f08ad12008L,
        0x3ff0c41ebc7e151aL, 0x3fc6017c30943e19L, 0x3fcfc47cc80c760dL, 0x3fc51598120b129dL, 0x3fc96210a2a855b5L,
        0x3fc8d7589880230dL, 0xbca4d129bf178596L, 0x3fd36bf614dcc050L,
        0x3ff0c9ab0fd3c135L, 0x3fc6614927c80482L, 0x3fd00ce978ac0dddL, 0x3fc595fad02204b1L, 0x3fc9f98d7642750dL,
        0x3fc9a8d3d82ac48aL, 0x3c977587289b3951L, 0x3fd3af11a079a6d8L,
        0x3ff0cf4f76a81a69L, 0x3fc6c21929bf5acdL, 0x3fd03898507d5dd4L, 0x3fc6195f67b79439L, 0x3fca9609c35a709fL,
        0x3fca81e42bf7455cL, 0x3ca03304f424551eL, 0x3fd3f2438d754b40L,
        0x3ff0d50c3282280dL, 0x3fc723f25f4acc23L, 0x3fd0655108771131L, 0x3fc69fdf4970163eL, 0x3fcb37b404ee9a0aL,
        0x3fcb62de6b79bc18L, 0x3caecf2502a2f456L, 0x3fd4358c3ca032e0L,
        0x3ff0dae18677c82dL, 0x3fc786db16834abeL, 0x3fd09319f1631731L, 0x3fc72994d36297afL, 0x3fcbdebcbf583888L,
        0x3fcc4c1b918e2ae6L, 0x3ca92f70f34a155cL, 0x3fd478ec0fd419c8L,
        0x3ff0e0cfb73728f8L, 0x3fc7ead9c406a36aL, 0x3fd0c1f991bda616L, 0x3fc7b69b5b86c42bL, 0x3fcc8b5699cd8c9fL,
        0x3fcd3df8f7084936L, 0xbc923b7454942387L, 0x3fd4bc6369fa40e8L,
        0x3ff0e6d70b1092b8L, 0x3fc84ff5043f9011L, 0x3fd0f1f6a7afd6ebL, 0x3fc8470f3aa5d7b9L, 0x3fcd3db6794e9cfdL,
        0x3fce38d890fb69fdL, 0x3c9cfa2dc2327dc5L, 0x3fd4fff2af11e2c0L,
        0x3ff0ecf7ca008550L, 0x3fc8b6339cb9eca7L, 0x3fd123182b20ac3dL, 0x3fc8db0dd7d5e860L, 0x3fcdf6139d1315afL,
        0x3fcf3d2132d8bc6fL, 0x3c9c6a3692e48eeeL, 0x3fd5439a4436d008L,
        0x3ff0f3323dba2c62L, 0x3fc91d9c7d83983cL, 0x3fd155654fdda02eL, 0x3fc972b5b48747c7L, 0x3fceb4a7bc9105f9L,
        0x3fd0259f6a535ecfL, 0x3c87eb36f6ea55c1L, 0x3fd5875a8fa83538L,
        0x3ff0f986b1b22d42L, 0x3fc98636c29a92edL, 0x3fd188e587dbe62dL, 0x3fca0e26792c37ebL, 0x3fcf79af2735e8cdL,
        0x3fd0b1d16eccd4c0L, 0x3c9502b5beae0510L, 0x3fd5cb33f8cf8ac0L,
        0x3ff0fff57329d23aL, 0x3fc9f009b568f082L, 0x3fd1bda085939db2L, 0x3fcaad810283b18aL, 0x3fd022b472f69148L,
        0x3fd1436239ad0b79L, 0xbcad796880828b86L, 0x3fd60f26e847b130L,
        0x3ff1067ed13a9687L, 0x3fca5b1cce4f3f61L, 0x3fd1f39e3e764545L, 0x3fcb50e76f90871bL, 0x3fd08c0b6f487f97L,
        0x3fd1da9067265c20L, 0x3cae5b02995723adL, 0x3fd65333c7e43aa0L,
        0x3ff10d231ce216d9L, 0x3fcac777b63e0b53L, 0x3fd22ae6ed81d055L, 0x3fcbf87d3046c5acL, 0x3fd0f8fefcb29fe4L,
        0x3fd2779dc99a404eL, 0xbca2af1ec3202ae8L, 0x3fd6975b02b8e378L,
        0x3ff113e2a90e6a24L, 0x3fcb3522485f2c6bL, 0x3fd2638315f1d6ccL, 0x3fcca46714f9d555L, 0x3fd169b3245e397eL,
        0x3fd31acf99479cf7L, 0xbc730d3f8992c228L, 0x3fd6db9d05213b28L,
        0x3ff11abdcaaae6d5L, 0x3fcba42493cf9b23L, 0x3fd29d7b86106ad4L, 0x3fcd54cb5e96870bL, 0x3fd1de4d9975d46dL,
        0x3fd3c46ea709f8a4L, 0xbc9cb630457b6f5cL, 0x3fd71ffa3cc87fc8L,
        0x3ff121b4d8ad589eL, 0x3fcc1486dd6a8c89L, 0x3fd2d8d95a283891L, 0x3fce09d1cfb4f5a1L, 0x3fd256f5cf594bb6L,
        0x3fd474c792614c29L, 0xbc88fb31533051e9L, 0x3fd7647318b1ad28L,
        0x3ff128c82c23ab4aL, 0x3fcc8651a1a6a356L, 0x3fd315a5ff99abe3L, 0x3fcec3a3be8ee4c2L, 0x3fd2d3d511207d5dL,
        0x3fd52c2b02fe6df8L, 0xbca3f304fe4d8df3L, 0x3fd7a908093fc1f0L,
        0x3ff12ff820420f33L, 0x3fccf98d96860d89L, 0x3fd353eb3814f292L, 0x3fcf826c27e81bf7L, 0x3fd355169a827352L,
        0x3fd5eaede614c6dfL, 0x3c80aedb36c1700cL, 0x3fd7edb9803e3c28L,
        0x3ff1374512719c3aL, 0x3fcd6e43ad9a717fL, 0x3fd393b31cfacd12L, 0x3fd0232be17b8f05L, 0x3fd3dae7b23873bcL,
        0x3fd6b169afb712e5L, 0x3c994c0c0bc74599L, 0x3fd83287f0e9cf80L,
        0x3ff13eaf625f7844L, 0x3fcde47d161d9978L, 0x3fd3d50822e63dcaL, 0x3fd087ca8b2ec7ebL, 0x3fd46577c5f619c8L,
        0x3fd77ffca08a73deL, 0x3ca1dbde6e7b547fL, 0x3fd87773cff956f8L,
        0x3ff14637720c869dL, 0x3fce5c433f1fd940L, 0x3fd417f51d614654L, 0x3fd0ef2a472052edL, 0x3fd4f4f888116da6L,
        0x3fd8570a102117b6L, 0xbcab6e89214a7328L, 0x3fd8bc7d93a70458L,
        0x3ff14ddda5dda5c4L, 0x3fced59fd9cd3739L, 0x3fd45c8542c70412L, 0x3fd1596449c983a8L, 0x3fd5899e0ef7ed0bL,
        0x3fd936fabc543499L, 0x3caff50d7b29f22eL, 0x3fd901a5b3b9cf50L,
        0x3ff155a264ac8172L, 0x3fcf509cdbca7047L, 0x3fd4a2c43055a16fL, 0x3fd1c692d25160c7L, 0x3fd6239ef68f9906L,
        0x3fda203d1dfc2ee2L, 0x3cad2019671ef39fL, 0x3fd946eca98f2718L,
        0x3ff15d8617d8ff02L, 0x3fcfcd4481aafd5eL, 0x3fd4eabdee72b776L, 0x3fd236d1377f943fL, 0x3fd6c33483a56db7L,
        0x3fdb1345c36d6c50L, 0xbc7841e5761537bbL, 0x3fd98c52f024e808L,
        0x3ff165892b5b4a9aL, 0x3fd025d0a8c0a8c6L, 0x3fd5347ef524e4b6L, 0x3fd2aa3bf565edbdL, 0x3fd7689ac98d2842L,
        0x3fdc108fb128b4ddL, 0xbc8a5eeb4452a669L, 0x3fd9d1d904239878L,
        0x3ff16dac0dd68bc8L, 0x3fd065df0ec54c3aL, 0x3fd5801430c58a12L, 0x3fd320f0bbcbccefL, 0x3fd81410d218f380L,
        0x3fdd189cc9371d29L, 0x3c58c3c11d6e6ec7L, 0x3fda177f63e8ef18L,
        0x3ff175ef30ac48a8L, 0x3fd0a6d3037ba7c0L, 0x3fd5cd8b06edcd18L, 0x3fd39b0e7d679188L, 0x3fd8c5d8c8128143L,
        0x3fde2bf639b3613aL, 0xbc874080c70c9c76L, 0x3fda5d468f92a560L,
        0x3ff17e5308107eefL, 0x3fd0e8b240691386L, 0x3fd61cf15ba2319aL, 0x3fd418b57ff30656L, 0x3fd97e3824624146L,
        0x3fdf4b2cf30d6589L, 0xbc8d4ad974dd0c9bL, 0x3fdaa32f090998f8L,
        0x3ff186d80b1e7a9dL, 0x3fd12b82a98356f0L, 0x3fd66e5596c051d8L, 0x3fd49a076d28a49dL, 0x3fda3d77de14d616L,
        0x3fe03b6d13502f53L, 0x3ca517004ad59707L, 0x3fdae939540d3f08L,
        0x3ff18f7eb3ee7285L, 0x3fd16f4a4ec4af40L, 0x3fd6c1c6a9b275fdL, 0x3fd51f2764b886b9L, 0x3fdb03e49d72a144L,
        0x3fe0d7cfe7207dd5L, 0xbcaace1e8e77d1b2L, 0x3fdb2f65f63f6c78L,
        0x3ff198477fabf325L, 0x3fd1b40f6dd15edbL, 0x3fd71754156d090dL, 0x3fd5a83a0f44ee42L, 0x3fdbd1cef26149ccL,
        0x3fe17b149ebb7d53L, 0x3ca18867054c177aL, 0x3fdb75b5773075f8L,
        0x3ff1a132eead20e6L, 0x3fd1f9d873afa8f4L, 0x3fd76f0df0ba2b44L, 0x3fd63565b2776412L, 0x3fdca78b8e4b8181L,
        0x3fe22595de92725aL, 0xbcabda45225ee470L, 0x3fdbbc28606babe0L,
        0x3ff1aa41848adb16L, 0x3fd240abfe932abbL, 0x3fd7c904eed7e85dL, 0x3fd6c6d24640b1b3L, 0x3fdd857381d01020L,
        0x3fe2d7b39938b939L, 0x3ca12ecb36d76e02L, 0x3fdc02bf3d843430L,
        0x3ff1b373c839c9acL, 0x3fd28890dfbc912dL, 0x3fd8254a666de3caL, 0x3fd75ca98b57457cL, 0x3fde6be47e7e55feL,
        0x3fe391d368ec3777L, 0xbc9f7efe4d8a80a5L, 0x3fdc497a9c2247a0L,
        0x3ff1bcca44246029L, 0x3fd2d18e1d6eb966L, 0x3fd883f058df9e20L, 0x3fd7f7172308ff84L, 0x3fdf5b411cec1692L,
        0x3fe45460efae7f7eL, 0xbcaca88ac247c281L, 0x3fdc905b0c10d428L,
        0x3ff1c6458645e0a6L, 0x3fd31baaf4fa598cL, 0x3fd8e5097a00cdbdL, 0x3fd89648a876efa4L, 0x3fe029f893bb3ba0L,
        0x3fe51fce3e769492L, 0xbc63bd0adac78ba6L, 0x3fdcd7611f4b8a08L,
        0x3ff1cfe620466a93L, 0x3fd366eedce16113L, 0x3fd948a93831a262L, 0x3fd93a6dcb5336b7L, 0x3fe0ab30f50362a5L,
        0x3fe5f494440f45e4L, 0xbca1b23f79a811b8L, 0x3fdd1e8d6a0d56c8L,
        0x3ff1d9aca798215aL, 0x3fd3b36187135170L, 0x3fd9aee3c4e92f90L, 0x3fd9e3b86c3b0a06L, 0x3fe13183439d6983L,
        0x3fe6d333444347eeL, 0x3c9e6687141d7adeL, 0x3fdd65e082df5278L,
        0x3ff1e399b59577b1L, 0x3fd4010ae343e389L, 0x3fda17ce1db4a57bL, 0x3fda925cbac8ca27L, 0x3fe1bd2c29ac5009L,
        0x3fe7bc335806abbeL, 0x3c89743ad953cbeaL, 0x3fddad5b02a82420L,
        0x3ff1edade7a0ad1eL, 0x3fd44ff3215d62d8L, 0x3fda837e15b2742eL, 0x3fdb4691557c3a62L, 0x3fe24e6b9abecca0L,
        0x3fe8b024f75d3619L, 0xbc60a42b953c1f21L, 0x3fddf4fd84bbe168L,
        0x3ff1f7e9df448be1L, 0x3fd4a022b4103d45L, 0x3fdaf20a5f90f152L, 0x3fdc008f6b992e26L, 0x3fe2e58507c18f30L,
        0x3fe9afa18dce89c2L, 0xbc8b90a5e5b4e0ddL, 0x3fde3cc8a6ec6ef0L,
        0x3ff2024e42567651L, 0x3fd4f1a253815e48L, 0x3fdb638a98189f26L, 0x3fdcc092e11f7bb9L, 0x3fe382bf968e1c3cL,
        0x3feabb4c1a4c4551L, 0xbcac384dc65ee1e9L, 0x3fde84bd099a6620L,
        0x3ff20cdbbb19d366L, 0x3fd5447b00190520L, 0x3fdbd817514ac3d7L, 0x3fdd86da7501b24eL, 0x3fe426665d5dcc91L,
        0x3febd3d1db834bbaL, 0xbca6289264307fe4L, 0x3fdeccdb4fc685e0L,
        0x3ff21792f864eb38L, 0x3fd598b60573e0caL, 0x3fdc4fca1e1d9c05L, 0x3fde53a7e9c2fb44L, 0x3fe4d0c8a26e99afL,
        0x3fecf9eb09a8a359L, 0xbcadf861d9afa9e0L, 0x3fdf15241f23b3f8L,
        0x3ff22274adc744f8L, 0x3fd5ee5cfd785957L, 0x3fdccabd9ee01b3aL, 0x3fdf274030a7b7b5L, 0x3fe5823a202e0d0dL,
        0x3fee2e5b9eebe829L, 0xbc93bb42e2ea9787L, 0x3fdf5d98202994b8L,
        0x3ff22d8193b1990aL, 0x3fd64579d3920d0fL, 0x3fdd490d8e4fe1feL, 0x3fe000f5cbd3ed59L, 0x3fe63b134e45f774L,
        0x3fef71f42fd578ceL, 0x3ca8ad1cc0e1ac47L, 0x3fdfa637fe27bf60L,
        0x3ff238ba679f6ae1L, 0x3fd69e16c815a8f5L, 0x3fddcad6cf6cd4c9L, 0x3fe071fafd2ade38L, 0x3fe6fbb1afee9630L,
        0x3ff062c96a7acb82L, 0x3c7e358035d3555bL, 0x3fdfef0467599588L,
        0x3ff2441fec425f4bL, 0x3fd6f83e73cf67b4L, 0x3fde50377c1691baL, 0x3fe0e6d77af8190eL, 0x3fe7c47827f29078L,
        0x3ff1151213b5ffdcL, 0x3c6cc7a15feba301L, 0x3fe01bff067d6224L,
        0x3ff24fb2e9af6533L, 0x3fd753fbcbbea804L, 0x3fded94ef480e731L, 0x3fe15fb5106d90c6L, 0x3fe895cf52dad430L,
        0x3ff1d05228faae13L, 0xbca50976e849f35aL, 0x3fe04092d1ae3b48L,
        0x3ff25b742d8dc7faL, 0x3fd7b15a25013475L, 0x3fdf663def8d6387L, 0x3fe1dcbfa2df4bffL, 0x3fe97025e7c2e4e5L,
        0x3ff295101c2ae4abL, 0x3ca4c8dcb02a3d13L, 0x3fe0653df0fd9fd8L,
        0x3ff267648b4843f2L, 0x3fd8106538f10257L, 0x3fdff7268c1920b1L, 0x3fe25e255148d4e4L, 0x3fea53f12061c3feL,
        0x3ff363db5b9300e5L, 0xbca47774624b8b97L, 0x3fe08a00c1cae338L,
        0x3ff27384dc4036f2L, 0x3fd8712929775c8fL, 0x3fe0461631a78776L, 0x3fe2e41695ee0c65L, 0x3feb41ad28e05161L,
        0x3ff43d4cff1df849L, 0x3ca5941cbabba919L, 0x3fe0aedba3221c1cL,
        // 64 blocks of 9: d1 .. d7, lo, hi
        0x3ff27fd600030888L, 0x3fd8d3b28598a1b5L, 0x3fe092ba4e0bc755L, 0x3fe36ec66a428eecL, 0x3fec39c044f514c9L,
        0x3ff5220518c4ef3aL, 0x4000c1d1a852f235L, 0x3ca78082d00f64b8L, 0x3fe0d3cef5c846f8L,
        0x3ff28c58dc81e6d7L, 0x3fd9380e4e3bf356L, 0x3fe0e192ffc646a7L, 0x3fe3fe6a6d34756dL, 0x3fed3cef139abc91L,
        0x3ff612b8f80111c0L, 0x4001a33c3467c688L, 0xbc8a995434f59445L, 0x3fe0f8db1c47d550L,
        0x3ff2990e5e4bf713L, 0x3fd99e49fb326e9eL, 0x3fe132b48779391aL, 0x3fe4933b0c2fe325L, 0x3fee4bb1aeaae1d0L,
        0x3ff710201f4377bdL, 0x400292711c886605L, 0xbca33ab17130ce99L, 0x3fe11e007afdaf10L,
        0x3ff2a5f778cb1a3bL, 0x3fda06738081c5d1L, 0x3fe186340d5e6499L, 0x3fe52d73aedd6be6L, 0x3fef66a51cf1aaa0L,
        0x3ff81b024834e5a9L, 0x40039066fce48906L, 0xbca34e4f6bfb4c85L, 0x3fe1433f7826aad4L,
        0x3ff2b315268368dbL, 0x3fda709953f655b7L, 0x3fe1dc27ad9032ecL, 0x3fe5cd52e5f88e23L, 0x3ff047380a68bdfcL,
        0x3ff934352f057820L, 0x40049e27dae8a2fcL, 0x3c86832cfaa44565L, 0x3fe168987bed8260L,
        0x3ff2c06869558a9eL, 0x3fdadcca73011b64L, 0x3fe234a68511146aL, 0x3fe6731a9d6cbf3cL, 0x3ff0e1e1d575f00aL,
        0x3ffa5c9dadea17e7L, 0x4005bcd2d9123e7cL, 0xbca23e4fcc2ae1e4L, 0x3fe18e0bf07948f0L,
        0x3ff2cdf24ac410c6L, 0x3fdb4b1668e63d97L, 0x3fe28fc8bfa256b2L, 0x3fe71f1051fdf05aL, 0x3ff183ae0753c882L,
        0x3ffb9530f1921090L, 0x4006ed9e14f942bcL, 0x3ca2787989c77fa3L, 0x3fe1b39a41fc691cL,
        0x3ff2dbb3dc3bfd25L, 0x3fdbbb8d55413207L, 0x3fe2eda7a6792bf1L, 0x3fe7d17d4ac4e230L, 0x3ff22d00aae6cb05L,
        0x3ffcdef5c9028e71L, 0x400831d8b40c626cL, 0x3c953fef9873f484L, 0x3fe1d943dec430c0L,
        0x3ff2e9ae3760a19bL, 0x3fdc2e3ff2e3e2ebL, 0x3fe34e5dafe1cd38L, 0x3fe88aaed6ce0b26L, 0x3ff2de442c4b06c6L,
        0x3ffe3b06138813d2L, 0x40098aed23fd5612L, 0xbc91ec19b7af0e54L, 0x3fe1ff093748f114L,
        0x3ff2f7e27e5b072bL, 0x3fdca33f9f169c4dL, 0x3fe3b2068fe1eb56L, 0x3fe94af68f30e1b7L, 0x3ff397e9cfcf9887L,
        0x3fffaa904fb7f25fL, 0x400afa6394745d90L, 0x3c96955c2a139390L, 0x3fe224eabe3eba20L,
        0x3ff30651dc2d0e76L, 0x3fdd1a9e613ef408L, 0x3fe418bf49ed083dL, 0x3fea12aa9dfd1e23L, 0x3ff45a6a32b75f76L,
        0x4000976ca7673f47L, 0x400c81e4b046ac6aL, 0x3c879ff77d1beb80L, 0x3fe24ae8e8a6b8b0L,
        0x3ff314fd85087ecdL, 0x3fdd946ef2f45390L, 0x3fe482a643beda05L, 0x3feae2260a640dd7L, 0x3ff52645d6a3d695L,
        0x4001649f08098fe0L, 0x400e233c9d2bade7L, 0x3c9e948c4e5f8348L, 0x3fe271042de13e58L,
        0x3ff323e6b6aa3c67L, 0x3fde10c4c8894828L, 0x3fe4efdb59718389L, 0x3febb9c90a8d7622L, 0x3ff5fc05b8a62b12L,
        0x40023d9ae4296831L, 0x400fe05e49c0b830L, 0x3ca19107c1189de8L, 0x3fe2973d07c07bccL,
        0x3ff3330eb8b9e20bL, 0x3fde8fb41a11468bL, 0x3fe5607ff2e740e1L, 0x3fec99f95b91db14L, 0x3ff6dc3bf50c5faaL,
        0x4003232a0cfac1c7L, 0x4010ddb3894efd30L, 0xbca7760f3783d916L, 0x3fe2bd93f29bf5f0L,
        0x3ff34276dd2dfe6dL, 0x3fdf1151eceb226bL, 0x3fe5d4b71aa123ceL, 0x3fed8322a01f65f8L, 0x3ff7c784791ce583L,
        0x40041625c15a6b9cL, 0x4011db5164280febL, 0x3ca1046328ca6dbbL, 0x3fe2e4096d64beacL,
        0x3ff3522080b539c7L, 0x3fdf95b41dd91a82L, 0x3fe64ca5961ea9caL, 0x3fee75b6c65b3b2fL, 0x3ff8be85c412e59fL,
        0x4005177802462a51L, 0x4012ea48109fc81bL, 0x3c959e4c9f70ca98L, 0x3fe30a9df9ba7b3cL,
        0x3ff3620d0b24acdaL, 0x3fe00e78b5d803b6L, 0x3fe6c871ffe457fbL, 0x3fef722e759ef386L, 0x3ff9c1f1b8d0e874L,
        0x4006281d080fb06eL, 0x40140bf2d1f69df7L, 0xbc8489eacbfaf37fL, 0x3fe331521c0141bcL,
        0x3ff3723defebb76dL, 0x3fe05390c153fc4cL, 0x3fe74844e34a2666L, 0x3ff03c84c260a400L, 0x3ffad28681e70f01L,
        0x40074924dbc4a78eL, 0x401541cb8bbca2e0L, 0x3c9c75287bea8472L, 0x3fe358265b7858f8L,
        0x3ff382b4ae8da9c7L, 0x3fe09a2e842cabb9L, 0x3fe7cc48da356141L, 0x3ff0c567bcd4fdb8L, 0x3ffbf10f89b62c32L,
        0x40087bb518adc4b9L, 0x40168d6dc516f6f1L, 0xbc933a6b2e37d6a3L, 0x3fe37f1b4251e5acL,
        0x3ff39372d3219a4cL, 0x3fe0e25ed4394437L, 0x3fe854aaace4cc74L, 0x3ff154080981ee13L, 0x3ffd1e6688aa5332L,
        0x4009c10ada3bd18fL, 0x4017f099ffe4ae21L, 0xbcaed56b7b588abeL, 0x3fe3a6315dcb911cL,
        0x3ff3a479f6d8c6bcL, 0x3fe12c2f11197a32L, 0x3fe8e19973f949d5L, 0x3ff1e8b1ee7a481dL, 0x3ffe5b74abbe8828L,
        0x400b1a7cdb3d83bcL, 0x40196d396dc46100L, 0x3ca7798cacd8f69cL, 0x3fe3cd693e4835e8L,
        0x3ff3b5cbc08be738L, 0x3fe177ad2b5cb6b7L, 0x3fe97346bce90eb1L, 0x3ff283b668ec7f04L, 0x3fffa933d5b8ed04L,
        0x400c897dcbcdff9aL, 0x401b05620e4abf55L, 0x3c881ff61ee42043L, 0x3fe3f4c3776aa08cL,
        0x3ff3c769e54fe05eL, 0x3fe1c4e7ac1a81a0L, 0x3fea09e6b10fa326L, 0x3ff3256b840f679bL, 0x40008457fee9ef1aL,
        0x400e0f9ee4146343L, 0x401cbb5b433496a9L, 0xbca57a4c59f087c0L, 0x3fe41c40a03171a8L,
        0x3ff3d956291249dcL, 0x3fe213edbd044ac9L, 0x3feaa5b03f917fa8L, 0x3ff3ce2cb7380a79L, 0x40013d84576afae8L,
        0x400fae92baab74f3L, 0x401e91a2e9129e4aL, 0x3c9056710cec83f7L, 0x3fe443e153143194L,
        0x3ff3eb925f3e4715L, 0x3fe264cf30f965d1L, 0x3feb46dd4a4f2fb2L, 0x3ff47e5b4bc2e94fL, 0x400200b954f8f9ebL,
        0x4010b41833305d9fL, 0x40204579826ef167L, 0xbc9737a0e06ebcaeL, 0x3fe46ba62e21a53cL,
        0x3ff3fe206b6a38d5L, 0x3fe2b79c8d26c7a0L, 0x3febedaad62978f8L, 0x3ff5365ecb8cc6d1L, 0x4002ce9cd894af54L,
        0x40119f3b79f7c63eL, 0x402155240c8e7b9eL, 0x3ca485d013dc9a80L, 0x3fe4938fd31f754cL,
        0x3ff41102420ed8e7L, 0x3fe30c6712bce2b2L, 0x3fec9a593ede345eL, 0x3ff5f6a578cab466L, 0x4003a7e13ead62eeL,
        0x401299c89cb9a228L, 0x402279741be749b0L, 0x3cafe28fc6a9831fL, 0x3fe4bb9ee7ab3a40L,
        0x3ff42439e9485b43L, 0x3fe36340c946e033L, 0x3fed4d2c6ecc5a7eL, 0x3ff6bfa4d027255aL, 0x40048d4672504be1L,
        0x4013a4ed09445bd5L, 0x4023b435749e19f9L, 0xbc40e7e5eaaaf53eL, 0x3fe4e3d4155d0070L,
        0x3ff437c979a23c23L, 0x3fe3bc3c89af6a9dL, 0x3fee066c1af553baL, 0x3ff791da1622569aL, 0x40057f9b1b18ae2bL,
        0x4014c1f088bff240L, 0x40250761019a4522L, 0x3ca4c238fdfccb13L, 0x3fe50c3009eb58f8L,
        0x3ff44bb31eee6f35L, 0x3fe4176e0a004d1dL, 0x3feec6640399fa54L, 0x3ff86dcaf0cfd106L, 0x40067fbde8c80e97L,
        0x4015f237d9cd2d79L, 0x40267521c8076345L, 0x3caec756b089f7afL, 0x3fe534b377510d94L,
        0x3ff45ff91928b1beL, 0x3fe474e9e9eb53e9L, 0x3fef8d6439db03b6L, 0x3ff954060f298b87L, 0x40078e9effc72ab6L,
        0x40173747941456e7L, 0x4027ffda74a71e71L, 0xbcaeed93fe7483b3L, 0x3fe55d5f13f48ec0L,
        0x3ff4749dbd66d0c4L, 0x3fe4d4c5c02c2013L, 0x3ff02de0b56768ccL, 0x3ffa4523df53a7bdL, 0x4008ad418a357386L,
        0x401892c75e392799L, 0x4029aa2b97746acdL, 0x3c924f0ab4a71e44L, 0x3fe586339ad13548L,
        0x3ff489a376d6c491L, 0x3fe5371828d40829L, 0x3ff098ea98450d83L, 0x3ffb41c755526e3bL, 0x4009dcbd719f540eL,
        0x401a0685805d08d1L, 0x402b76faa5142633L, 0x3c2ad9a7f1ff56fcL, 0x3fe5af31cba27244L,
        0x3ff49f0cc7cb94ccL, 0x3fe59bf8d492aa1eL, 0x3ff107ff34d2ca82L, 0x3ffc4a9ec3df9e51L, 0x400b1e4145f5874eL,
        0x401b947adeb92648L, 0x402d6979d903d532L, 0x3ca4323104c67f5eL, 0x3fe5d85a6b1109a4L,
        0x3ff4b4dc4ada0bf0L, 0x3fe60380990f861fL, 0x3ff17b50cbec7542L, 0x3ffd6064c93cfe8fL, 0x400c731456f36fe3L,
        0x401d3ecf696e5374L, 0x402f85311778af1dL, 0x3c7a53bf31ebda84L, 0x3fe601ae42e27660L,
        0x3ff4cb14b4065600L, 0x3fe66dc9826ada4fL, 0x3ff1f314a3298d4dL, 0x3ffe83e152191cb4L, 0x400ddc9905ca69afL,
        0x401f07df1079c46aL, 0x4030e703f9440eb0L, 0x3ca495e15817d0ddL, 0x3fe62b2e222a98a0L,
        0x3ff4e1b8d203bdc9L, 0x3fe6daeee5fe0976L, 0x3ff26f833c44f71eL, 0x3fffb5eab4d92f91L, 0x400f5c4f55a779c8L,
        0x4020791fa66a7536L, 0x403224287dce5d75L, 0x3cade7e8964f770bL, 0x3fe654dadd7fd12cL,
        0x3ff4f8cb8f87d541L, 0x3fe74b0d767620c4L, 0x3ff2f0d89126f083L, 0x40007bb373f08794L, 0x401079ebe1419117L,
        0x40218062a917f81eL, 0x40337c6b48444deeL, 0x3c907a41f4061e08L, 0x3fe67eb54f31af70L,
        0x3ff5104ff4b2718cL, 0x3fe7be4359659939L, 0x3ff377545502eae6L, 0x400124a66ae0ac51L, 0x4011527b33524d17L,
        0x40229b467fbf7a2dL, 0x4034f274ad716768L, 0xbc9c610f7c204ea8L, 0x3fe6a8be57825a6cL,
        0x3ff52849288c017dL, 0x3fe834b03e6d3f7fL, 0x3ff4033a3b0747cbL, 0x4001d652e946b196L, 0x401238cb3c2f8cb4L,
        0x4023cb8053e520c1L, 0x40368938607bc0f6L, 0xbc84274ccc053597L, 0x3fe6d2f6dce2dfb8L,
        0x3ff540ba729be713L, 0x3fe8ae75781f49a2L, 0x3ff494d2432ac103L, 0x400291479b0015b6L, 0x40132de7156b74e9L,
        0x402512f0e8362ec8L, 0x403843fec8d2e0f8L, 0xbc8f55dbbb3acc53L, 0x3fe6fd5fcc3296f0L,
        0x3ff559a73c98a101L, 0x3fe92bb616c3163dL, 0x3ff52c690db2c44dL, 0x4003561e0f4546b8L, 0x401432f17f099a82L,
        0x402673a9831e227aL, 0x403a266fa02bbcd5L, 0x3ca279a8aea9cb9dL, 0x3fe727fa1901cb44L,
        0x3ff573131433b9bdL, 0x3fe9ac970523e7b2L, 0x3ff5ca50361f7393L, 0x4004257bb0f40825L, 0x4015492746286025L,
        0x4027eff1781495b4L, 0x403c349e0a1139f1L, 0xbc5d2c668b6015daL, 0x3fe752c6bdd7e0e0L,
        0x3ff58d01ad039e07L, 0x3fea313f279933cdL, 0x3ff66edeb63d93a6L, 0x40050012d836441aL, 0x401671e1f23d152cL,
        0x40298a4c65d3a1ddL, 0x403e73165ebdbf39L, 0xbcae5b6c7aaa4996L, 0x3fe77dc6bc7d2fa0L,
        0x3ff5a776e28dadb6L, 0x3feab9d77d7be2b5L, 0x3ff71a715234c8a9L, 0x4005e6a3f873554cL, 0x4017ae9ac1f33f9bL,
        0x402b45814310046eL, 0x40407376f64b03e7L, 0xbca3f39bb3ab0542L, 0x3fe7a8fb1e48d158L,
        0x3ff5c276ba730f9bL, 0x3feb468b454127c3L, 0x3ff7cd6b0e816adbL, 0x4006d9feeddac837L, 0x401900ee0209e3b7L,
        0x402d24a257489c7eL, 0x4041caea7f810e14L, 0xbc84f20e24f9675bL, 0x3fe7d464f472a690L,
        0x3ff5de0566c30cdcL, 0x3febd78823798d1aL, 0x3ff88835b0e567d8L, 0x4007db046e46660aL, 0x401a6a9eca07caa5L,
        0x402f2b1641ecef64L, 0x40434315c36f367bL, 0xbca08ca1542594a6L, 0x3fe800055869d9e8L,
        0x3ff5fa274875fa03L, 0x3fec6cfe4cf96d63L, 0x3ff94b424d7b8313L, 0x4008eaa7a1b04592L, 0x401bed9b2c5a9d87L,
        0x4030ae511bc92f68L, 0x4044df8c685fbd64L, 0xbcac07a830fe6378L, 0x3fe82bdd6c30303cL,
        0x3ff616e0f213fcd6L, 0x3fed0720b47784ffL, 0x3ffa1709e13c6707L, 0x400a09efe70b2e72L, 0x401d8c00e976aad9L,
        0x4031debad1ae1ea8L, 0x4046a4536424341fL, 0x3ca13e53a65d40b1L, 0x3fe857ee5aba79e8L,
        0x3ff634372a8b4ed8L, 0x3feda6253bf69915L, 0x3ffaec0dfb6df86fL, 0x400b39facaf2d64bL, 0x401f4822b7e2dc06L,
        0x4033291bb12537e3L, 0x404895f0af3ef0d1L, 0x3caea58871e7ed76L, 0x3fe884395856807cL,
        0x3ff6522ef039f5e3L, 0x3fee4a44ea588e54L, 0x3ffbcad977a3f8a4L, 0x400c7bfe3669f2f2L, 0x402092471aea54a4L,
        0x4034900a6b866959L, 0x404ab97d620634cfL, 0x3c948649da91b0fdL, 0x3fe8b0bfa316d3a0L,
        0x3ff670cd7c2f4fc3L, 0x3feef3bc2583cf60L, 0x3ffcb4014a2e1684L, 0x400dd14adcb9f8fbL, 0x402192094e164373L,
        0x403616698fc171bcL, 0x404d14baa46b7be1L, 0xbcabac31bbdfe65aL, 0x3fe8dd828344e08cL,
        0x3ff6901845aa3c85L, 0x3fefa2caf18fbd18L, 0x3ffda825610c140eL, 0x400f3b4ef08895e1L, 0x4022a4e4272cd203L,
        0x4037bf7160c4a0eeL, 0x404fae29ec79351dL, 0x3c6bf5bb3e22fb0aL, 0x3fe90a834bd9c858L,
        0x3ff6b01505d92e4eL, 0x3ff02bda9abd20d8L, 0x3ffea7f19bc5cc13L, 0x40105dcc94afb2bbL, 0x4023cc8cb382b54aL,
        0x40398ebb19c28eaeL, 0x405146948f7609b5L, 0x3c9cd223f66137e5L, 0x3fe937c35afe73acL,
        0x3ff6d0c9bbe1ef2bL, 0x3ff0896182fbdd29L, 0x3fffb41edcd403ecL, 0x401129ee121d0023L, 0x40250ae5b34159b2L,
        0x403b884ddb5ceac4L, 0x4052dd09a0b334b0L, 0xbc96bf1dd8f14bf9L, 0x3fe965441a936d24L,
        0x3ff6f23cb13786cfL, 0x3ff0ea207b7fc134L, 0x400066ba1bd0d518L, 0x401202f9159ec945L, 0x4026620516ff868aL,
        0x403db0ad87398014L, 0x40549f3347d58711L, 0x3c8d858f54b11a28L, 0x3fe9930700c1184cL,
        0x3ff714747e455603L, 0x3ff14e403a65655fL, 0x4000fa641f4aa7a1L, 0x4012e9f0b946c70aL, 0x4027d43a3cc53936L,
        0x40400675ee087279L, 0x4056927877313cefL, 0xbcab1ba1772d6e62L, 0x3fe9c10d9090e874L,
        0x3ff737780f773decL, 0x3ff1b5ec1288b243L, 0x400195813a853fa5L, 0x4013dff06d2743e5L, 0x4029641509b4b924L,
        0x4041515e19a59d1fL, 0x4058bd01f3e53877L, 0x3c962269fc348baeL, 0x3fe9ef595a90493cL,
        0x3ff75b4eaaa78140L, 0x3ff2215228b49576L, 0x4002388e74d66746L, 0x4014e62ea43083a8L, 0x402b146e02885ed7L,
        0x4042bc4529a3bc2cL, 0x405b25d8cdafe7e5L, 0x3ca8862df03f8a74L, 0x3fea1debfd7dfbd8L,
        0x3ff77ffff4fc0008L, 0x3ff290a3ade499e4L, 0x4002e412ff22fe11L, 0x4015fdffd7a17943L, 0x402ce86f8af79aefL,
        0x40444aca6f8edf86L, 0x405dd50a29cf9f92L, 0x3ca49db0c5865233L, 0x3fea4cc72702bd90L,
        0x3ff7a593f93d7fbcL, 0x3ff304151f293a81L, 0x400398a131649ea4L, 0x401728d9ed75da1eL, 0x402ee3a07b1736caL,
        0x40460106036ec9d4L, 0x406069e8b3e5a09fL, 0xbca79bbd4e8eb882L, 0x3fea7bec94762100L,
        0x3ff7cc132eb4e536L, 0x3ff37bde8bd25d7dL, 0x400456d7a51df797L, 0x40186858103af33eL, 0x403084f821121c2eL,
        0x4047e39a9d7c6de3L, 0x40621664ef4c9a12L, 0x3c804d2d39db72ffL, 0x3feaab5e13b099b0L,
        0x3ff7f386809ba1cdL, 0x3ff3f83be298b2ebL, 0x40051f62708a6abeL, 0x4019be3f090f77abL, 0x4031afe26c13bf38L,
        0x4049f7ca65ff02a8L, 0x4063f614da840fe0L, 0xbca7bde9ab5d1a54L, 0x3feadb1d83ebd320L,
        0x3ff81bf7562e1e24L, 0x3ff4796d469724dbL, 0x4005f2fc86e67917L, 0x401b2c822f5ae582L, 0x4032f50565ee1919L,
        0x404c438f4744d220L, 0x40661003d66309fdL, 0x3c8470c8fc828894L, 0x3feb0b2cd6b287dcL,
        // 44 blocks of 10: d1 .. d8, lo, hi
        0x3ff8456f9b70ab1dL, 0x3ff4ffb76d01a674L, 0x4006d27142d7b667L, 0x401cb54905dd4055L, 0x40345723e490ca9bL,
        0x404ecd1747c5589bL, 0x40686c463d6db036L, 0x4084044decf23c2eL, 0xbc7f09900d173a5fL, 0x3feb3b8e10e12d3cL,
        0x3ff86ff9cab97b9dL, 0x3ff58b6404a71b42L, 0x4007be9e20c0fb6eL, 0x401e5af59b426297L, 0x4035d958013c40eeL,
        0x4050cea92215e48cL, 0x406b146bb8c0669aL, 0x40868c96fb8eb0feL, 0x3ca558481fccbad4L, 0x3feb6c434bb8ea98L,
        0x3ff89ba0f71469bfL, 0x3ff61cc228717efaL, 0x4008b874afb7baf7L, 0x40201015ec7286dbL, 0x40377f1f8329a469L,
        0x40525e492927f0ddL, 0x406e135c5ae80cd9L, 0x4089736440df64fdL, 0x3c89f53b1ed91b03L, 0x3feb9d4eb6067abcL,
        0x3ff8c870d797dabfL, 0x3ff6b426de42d55fL, 0x4009c0fcc0e06552L, 0x402103eceb059907L, 0x40394c6a49a75aa7L,
        0x40541a81b2a496d0L, 0x4070baee209cb693L, 0x408cc860285808c5L, 0xbcae6d8c9b0dc6f3L, 0x3febceb2955ec1c4L,
        0x3ff8f675d3c502f4L, 0x3ff751eda3bfb2e4L, 0x400ad956de3987bcL, 0x40220aa0b30aad0aL, 0x403b45ab16220014L,
        0x40560929ec84429cL, 0x4072a5690d747939L, 0x40904f105407f41eL, 0xbc675cebfc269962L, 0x3fec00714773138cL,
        0x3ff925bd111125dfL, 0x3ff7f6790ad2b4c2L, 0x400c02bf1359a3c8L, 0x4023260188857c21L, 0x403d6feb2515d90eL,
        0x405830fad421145eL, 0x4074d1d6fd789544L, 0x409285614b30ebf1L, 0x3ca13e7b7876f9d2L, 0x3fec328d437f5e74L,
        0x3ff9565481b9477bL, 0x3ff8a23367f87779L, 0x400d3e9014665ea0L, 0x402458155a415747L, 0x403fd0e11d7511c0L,
        0x405a99b601ec30fbL, 0x40774a72dd7ee7a1L, 0x409514545c2f1724L, 0x3c8185b3774a5205L, 0x3fec65091bd4ad0cL,
        0x3ff9884af50630b5L, 0x3ff9558f94b35a8dL, 0x400e8e46d1a32b1dL, 0x4025a31f0aec68dbL, 0x40413785fd21a759L,
        0x405d4c53f56dfca6L, 0x407a1b45f89c0f5fL, 0x40980bb3c92c8cf3L, 0xbc8696e8feb6a05eL, 0x3fec97e77f82b8ccL,
        0x3ff9bbb0292bc29fL, 0x3ffa1109c8e3d76bL, 0x400ff3868873c480L, 0x402709a6de619c77L, 0x4042a8e95a9417b9L,
        0x4060299dbfe20b57L, 0x407d5283e1225431L, 0x409b7e74c225406cL, 0xbc87943174f396dbL, 0x3feccb2b3c239888L,
        0x3ff9f094def4783dL, 0x3ffad5288e300736L, 0x4010b80eb2d4d4eeL, 0x40288e843f3d0057L, 0x404440d4d20263c0L,
        0x4061dd4226e14927L, 0x4080807d5ef13d09L, 0x409f836cfe9e94beL, 0xbc813c84e5fd9d2dL, 0x3fecfed73fccf104L,
        0x3ffa270aef70c9f9L, 0x3ffba27dd12662d9L, 0x40118304e8433b59L, 0x402a34e91b4dd8d9L, 0x4046041f58aa354cL,
        0x4063c82387eb035bL, 0x40829d4e7f89a6b6L, 0x40a21b1ab4bed54dL, 0x3c855d66fd8283d4L, 0x3fed32ee9b2a7684L,
        0x3ffa5f2563ea127fL, 0x3ffc79a81460c218L, 0x40125bc03d14975cL, 0x402c006f2249db66L, 0x4047f856ed0aefcdL,
        0x4065f27f2e2028d0L, 0x40850b956ce59595L, 0x40a4dc2318c497e2L, 0x3c8bdfae76ba54caL, 0x3fed677483c60554L,
        0x3ffa98f89061cefeL, 0x3ffd5b53caa1f466L, 0x40134379a92630e8L, 0x402df52741e37357L, 0x404a23dfd7de2305L,
        0x406865fe1911c50fL, 0x4087d981d5ce543dL, 0x40a8192e2134a322L, 0xbc915cf94fe6dac8L, 0x3fed9c6c56821f74L,
        0x3ffad49a30f0daccL, 0x3ffe483cddbfee70L, 0x40143b8cc4418459L, 0x40300bd5e6e7e816L, 0x404c8e1a02ee200eL,
        0x406b2dfc83038a03L, 0x408b1814d987e3d9L, 0x40abeb1e8827cefaL, 0x3ca8829ae22afce0L, 0x3fedd1d99a4c39d0L,
        0x3ffb12218a66e40dL, 0x3fff4130692dc10aL, 0x4015457c64621a80L, 0x4031369aed2a1ab4L, 0x404f3f8dbc003a70L,
        0x406e57e1462e99d6L, 0x408edbc2c53f5717L, 0x40b0383d0a71e453L, 0x3c90af9fbedd86a9L, 0x3fee07c0030cf708L,
        0x3ffb51a78e9927e5L, 0x40002387581637b3L, 0x401662f7f5b2c17eL, 0x40327ddb36eac07eL, 0x40512110c70d9c43L,
        0x4070f9c488c52943L, 0x40919e9eb1ab4848L, 0x40b2e76bb1ec7695L, 0x3caa24005e9f6fd9L, 0x3fee3e2374dd3c64L,
        0x3ffb934704e0f95fL, 0x4000ad66ac8dc27bL, 0x401795e1ae05a580L, 0x4033e4fa299aa0a0L, 0x4052d0ada33ab75cL,
        0x407309e539d64c89L, 0x40942d39154c34c4L, 0x40b61a5959d15b1dL, 0xbcafc899114be565L, 0x3fee75080787fd30L,
        0x3ffbd71cb75f37a1L, 0x40013ebcfc9006e1L, 0x4018e055c48d2c09L, 0x40356fd7c2c8c9cdL, 0x4054b5576198b971L,
        0x4075678c9680f9afL, 0x40972be58af946ddL, 0x40b9ede4e1b531f9L, 0xbc447f69e4527544L, 0x3feeac720a61ad1cL,
        0x3ffc1d47a5b24f80L, 0x4001d81e7eb9f789L, 0x401a44b2df42b6b7L, 0x403722e5b4766752L, 0x4056d6eeecfadff0L,
        0x407820288b1eb8d5L, 0x409ab0e2ca840144L, 0x40be8614e2126bbfL, 0xbc8d9a932cc624e2L, 0x3feee466087f8d20L,
        0x3ffc65e93de98207L, 0x40027a2e811f641bL, 0x401bc5a3f223266dL, 0x40390340a6ecbe29L, 0x40593eb6c3d499afL,
        0x407b43d9ad8cc2f1L, 0x409ed77ca519b816L, 0x40c2080a5b3b703bL, 0x3c7b187de993c3ddL, 0x3fef1ce8cd5a7ce8L,
        0x3ffcb1259ca2f05eL, 0x400325a154fc4c95L, 0x401d662bd9c5ff75L, 0x403b16ce8e93577dL, 0x405bf79ae0e3029eL,
        0x407ee61204bcdf91L, 0x40a1e0ac31efe3f1L, 0x40c5626785df051cL, 0xbcad61222d0bc06eL, 0x3fef55ff69eab2f0L,
        0x3ffcff23d56b9f55L, 0x4003db3e86149a3bL, 0x401f29b30b8d0dadL, 0x403d646340e9d1a7L, 0x405f0e89619d6679L,
        0x40818f2e92cf3fbcL, 0x40a4cc10844e51bdL, 0x40c9762df3a9eb60L, 0x3ca20e79ef4b1e02L, 0x3fef8faf3a4bc01cL,
        0x3ffd500e44aad4f2L, 0x40049be36b85db68L, 0x40208a0be558f351L, 0x403ff3ecc1bcc632L, 0x406149702a555e45L,
        0x408404aedd057f33L, 0x40a847d922610a18L, 0x40ce71463c7aa2b4L, 0xbc9571d053ca14ecL, 0x3fefc9fdebfaa348L,
        0x3ffda412ec9edc5aL, 0x4005688622b6d908L, 0x402194e0b605b3b4L, 0x404167549338560cL, 0x40634b7b34b16169L,
        0x4086e5083b1baf9cL, 0x40ac7475fb9dfbf5L, 0x40d2473ef4b4bb01L, 0x3ca82b31e9f06efcL, 0x3ff00278c2613f02L,
        0x3ffdfb63df3ae0dbL, 0x4006423908ad38cfL, 0x4022b7dbaa166573L, 0x4042ffb438210d3eL, 0x40659862fb634456L,
        0x408a45b4ee8f3e34L, 0x40b0bd59d39a6c6fL, 0x40d60ccd2b4867e8L, 0xbca6097f1cbb85b3L, 0x3ff020483537e800L,
        0x3ffe5637b70f5f72L, 0x40072a2eca935102L, 0x4023f5de43559218L, 0x4044c96eb4e19ca3L, 0x40683d621272dda3L,
        0x408e4135c6bfaaedL, 0x40b3c717099fb249L, 0x40daba6dd5294f7dL, 0x3ca488b1c91ffa21L, 0x3ff03e70b5b309e0L,
        0x3ffeb4ca21d4b842L, 0x400821bf2be08fc5L, 0x402552386a6a3bd0L, 0x4046cc00bac907e2L, 0x406b4a7894202458L,
        0x40917c35fe065ca6L, 0x40b77848e8d5b845L, 0x40e048200cd72d76L, 0x3ca54b6e9cbe508bL, 0x3ff05cf5e41c2aceL,
        0x3fff175c7fb6eb26L, 0x40092a6ca7ba9c35L, 0x4026d0bc80f5ba9fL, 0x4049104833bd74fbL, 0x406ed31961fce21fL,
        0x40944a2e60df5aedL, 0x40bbfafc1ac97175L, 0x40e3f145c3a8bc22L, 0xbc994b5da70a42d9L, 0x3ff07bdb9f358760L,
        0x3fff7e369b29492cL, 0x400a45eb1c35ad8aL, 0x402875d7c8373bb1L, 0x404ba0d1885e6ae6L, 0x407177840831631eL,
        0x4097a4417f51da78L, 0x40c0c2b26d7642fbL, 0x40e89073594961fbL, 0xbca5dece96cdc181L, 0x3ff09b260a46374eL,
        0x3fffe9a77dd9b1cfL, 0x400b7627b9ae77afL, 0x402a46b03338306dL, 0x404e8a38a0caace9L, 0x4073ddbb864f53a2L,
        0x409baaf0d6c97f8dL, 0x40c42eefdfae5a98L, 0x40ee701ae19501daL, 0x3c9cc4f4c7d3d675L, 0x3ff0bad993ec49aeL,
        0x40002d0334302f3bL, 0x400cbd527f5aaf0dL, 0x402c49490c635c0aL, 0x4050edd1b6bb1732L, 0x4076ae3d9691a9f4L,
        0x40a043c761482fc6L, 0x40c87037f81eb6e0L, 0x40f2fa30e84fe55eL, 0xbc9820f1228fc41dL, 0x3ff0dafafdd4ae68L,
        0x400067d9f9c947a3L, 0x400e1de9a1722882L, 0x402e84b041fe0247L, 0x4052d3aedbd1d676L, 0x4079ff78e088bef5L,
        0x40a3378064d9a484L, 0x40cdc32d1974f9b5L, 0x40f7d295ce268611L, 0xbca5a192d437d23fL, 0x3ff0fb8f657efdcaL,
        0x4000a58db1fffa6dL, 0x400f9ac74e7307c3L, 0x4030809b5ea15962L, 0x405501d05418e1b6L, 0x407ded80b476d79fL,
        0x40a6d2bf37f33d5fL, 0x40d23c31a43f6c6fL, 0x40fe1e46db17bbaaL, 0xbca7eb6241d8ad56L, 0x3ff11c9c4e3ade0aL,
        0x4000e65a1d1bdcc6L, 0x40109b993503ccceL, 0x4031e45b7580ec24L, 0x405785ca1803e176L, 0x40814ddb8458a77dL,
        0x40ab41d96c115ab7L, 0x40d67df0d7bce584L, 0x41032ef5f5487646L, 0xbc9c4040f3631254L, 0x3ff13e27ac964da8L,
        0x40012a82068fbcb4L, 0x40117b797fe89a5fL, 0x40337376d37f3897L, 0x405a704edf3b47a2L, 0x40841b83eb114449L,
        0x40b05f758d323120L, 0x40dbefec8ae65dddL, 0x4108a2a2d1814341L, 0x3ca3e83dfb25ec76L, 0x3ff16037f37ffedaL,
        0x400172505f8f574bL, 0x40126f35b566493dL, 0x403534f595186e3dL, 0x405dd60b947d5ea5L, 0x40877c77568c5d73L,
        0x40b3cb66a26261f0L, 0x40e17b06bf32194dL, 0x410fe92111490e42L, 0xbca344285376cb61L, 0x3ff182d4236fe314L,
        0x4001be1991b4c8d8L, 0x4013795bbe69bae6L, 0x40373151cd6f8b02L, 0x4060e864d86a7bffL, 0x408b95cc515f5bd6L,
        0x40b8180cd070b4a1L, 0x40e60d2cc9b24d80L, 0x4114dbf6aa392cafL, 0xbca89bd0f5844c55L, 0x3ff1a603dbfaf236L,
        0x40020e3d1757f6b1L, 0x40149ce9ae890640L, 0x403972d4d6174f60L, 0x406340798c82df92L, 0x40904be6acab5569L,
        0x40bd8a99b362e75aL, 0x40ec0ed7389374dcL, 0x411b8adfca5e9653L, 0xbc80cbc74a1e3e49L, 0x3ff1c9cf704f5d26L,
        0x400263276b3395aaL, 0x4015dd6633fb1467L, 0x403c0610dcf3437cL, 0x406607cec9d7c47aL, 0x409360fba330dc5cL,
        0x40c240b438a3194bL, 0x40f20437baa6a879L, 0x4122610604d6f19cL, 0x3cabccf515e5252cL, 0x3ff1ee3fff35681aL,
        0x4002bd54664a8350L, 0x40173eff945190a0L, 0x403efa80c7cc5224L, 0x406958aa896f1658L, 0x409734504fd54e04L,
        0x40c6bf554cd60c4aL, 0x40f75ebe3effd07cL, 0x4128d03c9e2e6981L, 0xbc987ceec8a488ffL, 0x3ff2135f8f597306L,
        0x40031d522a40ea5cL, 0x4018c6b352b4947dL, 0x404131ae5d01146eL, 0x406d54fb0163e71cL, 0x409bfe8aef3ed15bL,
        0x40cc9c28a33a6b00L, 0x40fea5231456e1a6L, 0x4130f60ffc8790dbL, 0x3cac104f6fabca41L, 0x3ff2393930d87c68L,
        0x400383c4c053c623L, 0x401a7a816adbff2cL, 0x40432c5be219a24eL, 0x4071148430f4b8d8L, 0x40a10659bc59423eL,
        0x40d22c093d537ae5L, 0x410454a2a4b7d930L, 0x41378151c151f3c3L, 0xbca2f226779e9951L, 0x3ff25fd9254e3f9cL,
        0x4003f16aa2f65f8cL, 0x401c61af36c0308eL, 0x40457c825337ff7dL, 0x407407a37fb84ba9L, 0x40a4e4764c74dea7L,
        0x40d75638df1c2124L, 0x410b5320a2556e94L, 0x414087cd7d68abbeL, 0xbcacd58c73a87ab9L, 0x3ff2874d10017b06L,
        0x400467227ba9a810L, 0x401e851fcbc74735L, 0x40483596f3879985L, 0x4077aaebcd297f00L, 0x40a9e3c831669f50L,
        0x40de5420b7cbb664L, 0x41129f7bb75100a0L, 0x4147a1c151d127bfL, 0x3cac647e46d9c78fL, 0x3ff2afa4304962aeL,
        // 8 blocks of 11: d1 .. d9, lo, hi
        0x4004e5f27a99a835L, 0x402077e515b0232dL, 0x404b70c1ee468866L, 0x407c334a43a041c3L, 0x40b036d153d2c164L,
        0x40e3f7b110ccedbeL, 0x4119c160f6c2e560L, 0x415131dd6d21d20fL, 0x418786832ec50766L, 0xbca95596d1134eccL,
        0x3ff2d8efa8f4b028L,
        0x40056f11d6373b90L, 0x4021d7acc3747df3L, 0x404f4ef36a014d6fL, 0x4080f4c4505c454bL, 0x40b48d16214975c5L,
        0x40eaacfdf57bfac6L, 0x412222355225a6edL, 0x41598643acba67abL, 0x419267b9de5d19b9L, 0xbcaef63c42c92439L,
        0x3ff30342d86bed76L,
        0x400603f53d2d8cf1L, 0x40236a84ef4a10faL, 0x4051fdf34ea265afL, 0x408499b5d944f636L, 0x40ba64b837f73bacL,
        0x40f21b9f259b27fcL, 0x412a0669265d5b9fL, 0x41635d8e3dc806e2L, 0x419d865736ad8b00L, 0x3ca4ceeb3ffcdca3L,
        0x3ff32eb3c69d2d10L,
        0x4006a65f5fcdf915L, 0x40253b6e68321bdaL, 0x4054d949706e8da9L, 0x408950ef4a70d2d7L, 0x40c133191f15e14eL,
        0x40f907b1846a9bd5L, 0x4133139c17c39016L, 0x416e1da3bc86f11bL, 0x41a8597fd9f86f3bL, 0x3c32d4f87d0d5190L,
        0x3ff35b5bafa88354L,
        0x4007587741d1dbf9L, 0x402758a8f5852184L, 0x405861ee65c0f467L, 0x408f83c0d2d91276L, 0x40c6ca7c43ec3b0eL,
        0x4101a722718322c8L, 0x413ca4c69533d806L, 0x417812b7e9899583L, 0x41b4b87585ee8b86L, 0xbc99defbd1aeeed1L,
        0x3ff38957b510476eL,
        0x40081ce6e1c37e57L, 0x4029d4f3d3dc9910L, 0x405cd074e3095065L, 0x4093e764c5c38224L, 0x40cec5ae3cae1f31L,
        0x41097a50c0645f38L, 0x41461866d8a7f25eL, 0x4183daf58c2f04a3L, 0x41c2450ea9143c1fL, 0x3c7d25be9fd995bcL,
        0x3ff3b8c9c35d33e6L,
        0x4008f706285640bbL, 0x402cc96b3b2b7cd1L, 0x40613adfc5341328L, 0x4099908d16e928a9L, 0x40d539867cc08a3cL,
        0x4112dfc531dd3e45L, 0x41519499e2a13787L, 0x4190f943f94424adL, 0x41d0c6bccdcd49beL, 0xbc9e24586d41701dL,
        0x3ff3e9d9c088bd28L,
        0x4009eb186562d1e0L, 0x40302c3175651223L, 0x4064e431336e41c7L, 0x40a0bca6a065da69L, 0x40de034d917af357L,
        0x411cd2c14168fb0fL, 0x415cfeb615bb794dL, 0x419e3ee16effd5e5L, 0x41e024e71acb4d9cL, 0xbc9c29c8d93f153fL,
        0x3ff41cb72183e810L,
        // 4 blocks of 12: d1 .. d10, lo, hi
        0x400afea6a364196fL, 0x403258f30b19a2ebL, 0x4069bda52520ac75L, 0x40a669bc8f67edeaL, 0x40e5d78cc026c9f8L,
        0x4126ccb41e3b36c2L, 0x4168ede4bf45c805L, 0x41ac2f6a8ac89e76L, 0x41f0675e4ca9eb55L, 0x42336ac10d13e3dfL,
        0x3c9b1d74f2de93a6L, 0x3ff4519b155fb22eL,
        0x400c39084bd1c065L, 0x40350d8826c39ffdL, 0x4070296b69d3e79eL, 0x40aed279d7feea5dL, 0x40f072a8fd5bd547L,
        0x4132cdb94a08bb38L, 0x41768482536bed06L, 0x41bbe1ff2f10e88dL, 0x4201c966abdbbdacL, 0x4247101102e62ddaL,
        0xbca0855d3e907e71L, 0x3ff488cb8fa73920L,
        0x400da43912aaf9a9L, 0x40387d4662f25109L, 0x4074c3393f133a3fL, 0x40b5e143662036f9L, 0x40f9cf0474467831L,
        0x41404e10576c6fa8L, 0x41859489ff4f8e88L, 0x41cd88d2b44962a9L, 0x4214d83897a288f3L, 0x425de10b6cf738b3L,
        0xbc8e9ea75f7263ccL, 0x3ff4c29faa786f36L,
        0x400f4e35c169b52fL, 0x403cf77329e8699cL, 0x407b6d37fc1818d6L, 0x40c026551386790aL, 0x41054a1f4ff79d1eL,
        0x414e104a7db0265aL, 0x41963c39e5c8114bL, 0x41e10156f52a87dbL, 0x422add762e9e7abeL, 0x427586ab6ec81361L,
        0x3c935690e395eea6L, 0x3ff4ff862e5965a2L,
    };

    private AcosTableGenerator() {
    }

    /** Entries per row of region {@code r}: {@code x0, d1 .. dK, lo, hi}. */
    public static int stride(int r) {
        return DEGREE[r] + 3;
    }

    /** Offset of region {@code r}'s first row in the table. */
    public static int base(int r) {
        int b = 0;
        for (int i = 0; i < r; i++) {
            b += ROWS[i] * stride(i);
        }
        return b;
    }

    /** The interval table: the rows of all regions, one after the other. */
    public static double[] table() {
        double[] t = new double[base(ROWS.length)];
        int f = 0;
        for (int r = 0; r < ROWS.length; r++) {
            for (int j = 0; j < ROWS[r]; j++) {
                int n = base(r) + j * stride(r);
                t[n] = START[r] + (j + 0.5) * WIDTH; // exact
                for (int k = 1; k < stride(r); k++) {
                    t[n + k] = Double.longBitsToDouble(FITTED[f++]);
                }
            }
        }
        if (f != FITTED.length) {
            throw new IllegalStateException("fitted constants: used " + f + " of " + FITTED.length);
        }
        return t;
    }

    /** {@code inroot[i]}: {@code 1/sqrt} of the sub-interval's midpoint, to 14 decimals. */
    public static double[] inroot() {
        double[] t = new double[128];
        MathContext mc = new MathContext(60);
        for (int i = 0; i < 128; i++) {
            BigDecimal mid = i < 64
                    ? new BigDecimal(0.5 + i / 128.0 + 1 / 256.0) // exact
                    : new BigDecimal(1.0 + (i - 64) / 64.0 + 1 / 128.0);
            BigDecimal r = BigDecimal.ONE.divide(mid.sqrt(mc), mc).setScale(14, RoundingMode.HALF_EVEN);
            t[i] = Double.parseDouble(r.toPlainString());
        }
        return t;
    }

    /** The Java source of {@code AcosData}. */
    public static String render() {
        StringBuilder sb = new StringBuilder();
        sb.append("package org.seedcompat.engine.math.glibc;\n\n");
        sb.append("/*\n");
        sb.append(" * GENERATED by org.seedcompat.engine.math.gen.AcosTableGenerator -- do not edit by hand.\n");
        sb.append(" * Regenerate with:\n");
        sb.append(" *   mvn -q -pl engine compile && java -cp engine/target/classes \\\n");
        sb.append(" *       org.seedcompat.engine.math.gen.AcosTableGenerator\n");
        sb.append(" */\n\n");
        sb.append("/**\n");
        sb.append(" * Tables of glibc's double-precision {@code acos}: the interval table (centre, glibc's fitted\n");
        sb.append(" * polynomial, its constant term as {@code lo, hi}) and the square-root seeds (see\n");
        sb.append(" * {@link org.seedcompat.engine.math.gen.AcosTableGenerator}).\n");
        sb.append(" */\n");
        sb.append("final class AcosData {\n\n");
        sb.append("    private AcosData() {\n    }\n\n");
        sb.append("    /** Rows {@code x0, d1 .. dK, lo, hi}; regions start at");
        for (int r = 0; r < ROWS.length; r++) {
            sb.append(r == 0 ? " " : ", ").append(base(r));
        }
        sb.append(" with {@code K} = 6, 6, 7, 8, 9, 10. */\n");
        sb.append("    static final double[] ASNCS = {\n");
        double[] t = table();
        for (int r = 0; r < ROWS.length; r++) {
            sb.append("        // [").append(START[r]).append(", ...): ").append(ROWS[r]).append(" rows of ")
                    .append(stride(r)).append('\n');
            for (int j = 0; j < ROWS[r]; j++) {
                int n = base(r) + j * stride(r);
                sb.append("       ");
                for (int k = 0; k < stride(r); k++) {
                    if (k > 0 && k % 4 == 0) {
                        sb.append("\n       ");
                    }
                    sb.append(' ').append(HighPrecision.hex(t[n + k])).append(',');
                }
                sb.append('\n');
            }
        }
        sb.append("    };\n\n");
        sb.append("    /** {@code 1/sqrt(m)} to 14 decimals at the midpoints of 64 + 64 sub-intervals of [0.5, 1) and [1, 2). */\n");
        sb.append("    static final double[] INROOT = {\n");
        double[] ir = inroot();
        for (int i = 0; i < ir.length; i += 4) {
            sb.append("       ");
            for (int k = i; k < i + 4; k++) {
                sb.append(' ').append(HighPrecision.hex(ir[k])).append(',');
            }
            sb.append('\n');
        }
        sb.append("    };\n}\n");
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String target = args.length > 0 ? args[0]
                : "engine/src/main/java/org/seedcompat/engine/math/glibc/AcosData.java";
        Files.writeString(Path.of(target), render(), StandardCharsets.UTF_8);
    }
}
