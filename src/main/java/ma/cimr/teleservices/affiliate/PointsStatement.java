package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.affiliate.rules.Figure;

import java.math.BigDecimal;
import java.util.List;

/**
 * The relevé de points: every line, newest first, the points in total, the employee contributions
 * paid in total, and the annual pension those points would pay today.
 */
public record PointsStatement(List<StatementLine> lines, BigDecimal totalPoints, BigDecimal totalEmployeeContributions,
                              BigDecimal liquidationValue, Figure pensionToDate) {

    public PointsStatement {
        lines = List.copyOf(lines);
    }

    /** The years whose contributions could not be converted into points, oldest first. */
    public List<Integer> unpricedYears() {
        return lines.stream().filter(line -> !line.priced()).map(StatementLine::year).distinct().sorted().toList();
    }
}
