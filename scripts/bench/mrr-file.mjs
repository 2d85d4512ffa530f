// A long MRR file of `rows` data rows, as a billing export writes it: customers joining over
// the first 13 of 25 months and staying, with plans as segments. Shared by `make bench` and
// the import's end-to-end test.
import { writeFileSync } from "node:fs";

export function writeMrrFile(path, rows) {
  const months = Array.from({ length: 25 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const lines = ["customer_id,month,mrr,plan"];
  for (let c = 0; lines.length <= rows; c++) {
    const from = c % 13;
    for (let i = from; i < 25 && lines.length <= rows; i++) {
      lines.push(`cus_${c},${months[i]},${99 + (c % 7) * 50 + (i - from) * (c % 3)}.00,${["SMB", "Mid-market", "Enterprise"][c % 3]}`);
    }
  }
  const text = lines.join("\n") + "\n";
  writeFileSync(path, text);
  return text.length;
}
