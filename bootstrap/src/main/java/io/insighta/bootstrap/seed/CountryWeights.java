package io.insighta.bootstrap.seed;

import java.util.Random;

/** Country codes weighted like the reference data set: mostly African, some global. */
final class CountryWeights {
  private static final String TABLE =
      "NG:123 KE:114 ET:87 GH:82 ZA:76 BJ:71 UG:64 EG:64 TZ:61 US:61 CM:54 CD:53 SN:52 CI:52"
          + " FR:51 IN:49 GB:48 ML:47 RW:45 SD:43 MZ:42 MA:41 AO:39 MG:31 ZW:30 TN:28 BR:27 ZM:23"
          + " DE:23 CN:20 AU:19 JP:19 MR:16 SS:16 CA:15 NA:14 SO:14 MU:14 CG:13 BW:13 DJ:13 NE:13"
          + " TG:13 ST:13 MW:12 BI:12 CF:12 DZ:12 GN:12 ER:11 LR:11 GW:11 SL:11 KM:11 SC:11 CV:10"
          + " GA:10 SZ:10 LS:10 GM:9 TD:9 GQ:9 BF:8 LY:7";
  private static final String[] CODES;
  private static final int[] CUMULATIVE;

  static {
    String[] entries = TABLE.split(" ");
    CODES = new String[entries.length];
    CUMULATIVE = new int[entries.length];
    int sum = 0;
    for (int i = 0; i < entries.length; i++) {
      String[] pair = entries[i].split(":");
      CODES[i] = pair[0];
      sum += Integer.parseInt(pair[1]);
      CUMULATIVE[i] = sum;
    }
  }

  private CountryWeights() {}

  static String draw(Random random) {
    int ticket = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
    int index = java.util.Arrays.binarySearch(CUMULATIVE, ticket + 1);
    return CODES[index >= 0 ? index : -index - 1];
  }
}
