//! The five-year projection as CSV, with exact figures (the same as the table's `data-value`
//! and `data-change`), so a spreadsheet gets every digit.

use crate::calc::format::exact;
use crate::calc::projection::ProjectedYear;
use crate::calc::Currency;

/// `year,amount_usd,change_percent` then one row per year, lines ended by CRLF (RFC 4180).
pub fn projection(rows: &[ProjectedYear], currency: Currency) -> String {
    let code = currency.code().to_ascii_lowercase();
    let mut out = format!("year,amount_{code},change_percent\r\n");
    for row in rows {
        out.push_str(&format!(
            "{},{},{}\r\n",
            row.year,
            exact(row.amount),
            exact(row.change)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::projection::project;
    use rust_decimal::Decimal;

    #[test]
    fn rows_carry_exact_amounts_and_changes() {
        let rows = project(Decimal::from(250_000), Decimal::from(110)).unwrap();
        let csv = projection(&rows, Currency::Eur);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0], "year,amount_eur,change_percent");
        assert_eq!(lines[1], "0,250000,0");
        assert_eq!(lines[2], "1,275000,10");
        assert_eq!(lines[6], "5,402627.5,61.051");
        assert_eq!(lines.len(), 8, "six rows and a final line break");
        assert_eq!(lines[7], "");
    }
}
