package dev.lanekit.proofs.inversion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes formulas in the DIMACS CNF format of the SAT competitions: comment lines starting
 * with {@code c}, one header {@code p cnf VARIABLES CLAUSES}, then clauses as literals terminated by
 * {@code 0} (a clause may span lines). A line starting with {@code %} ends the formula, as in the SATLIB
 * benchmark files.
 */
public final class Dimacs {

    private Dimacs() {}

    /**
     * Parses a DIMACS CNF text.
     *
     * @param in the DIMACS text
     * @return the formula
     * @throws IOException when reading fails, the header is missing or malformed, a literal is out of
     *     range, the last clause lacks its terminating 0, or the clause count differs from the header
     */
    public static Cnf read(Reader in) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        int variables = -1;
        int declaredClauses = -1;
        List<int[]> clauses = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("c")) {
                continue;
            }
            if (text.startsWith("%")) {
                break;
            }
            if (text.startsWith("p")) {
                String[] fields = text.split("\\s+");
                if (variables >= 0 || fields.length != 4 || !fields[1].equals("cnf")) {
                    throw new IOException("line " + lineNumber + ": expected one header 'p cnf VARIABLES CLAUSES' but found '" + text + "'");
                }
                variables = parseCount(fields[2], "variables", lineNumber);
                declaredClauses = parseCount(fields[3], "clauses", lineNumber);
                continue;
            }
            if (variables < 0) {
                throw new IOException("line " + lineNumber + ": clause before the 'p cnf' header");
            }
            for (String token : text.split("\\s+")) {
                int literal;
                try {
                    literal = Integer.parseInt(token);
                } catch (NumberFormatException e) {
                    throw new IOException("line " + lineNumber + ": '" + token + "' is not a literal", e);
                }
                if (literal == 0) {
                    clauses.add(current.stream().mapToInt(Integer::intValue).toArray());
                    current.clear();
                } else if (Math.abs((long) literal) > variables) {
                    throw new IOException("line " + lineNumber + ": literal " + literal + " names a variable outside 1.." + variables);
                } else {
                    current.add(literal);
                }
            }
        }
        if (variables < 0) {
            throw new IOException("missing 'p cnf VARIABLES CLAUSES' header");
        }
        if (!current.isEmpty()) {
            throw new IOException("the last clause " + current + " is not terminated by 0");
        }
        if (clauses.size() != declaredClauses) {
            throw new IOException("the header declares " + declaredClauses + " clauses but the file has " + clauses.size());
        }
        return new Cnf(variables, clauses.toArray(int[][]::new));
    }

    /**
     * Writes a formula in DIMACS CNF, one clause per line.
     *
     * @param cnf the formula
     * @param out receives the DIMACS text
     * @throws IOException when the writer fails
     */
    public static void write(Cnf cnf, Writer out) throws IOException {
        out.write("p cnf " + cnf.variables() + " " + cnf.clauses().length + "\n");
        for (int[] clause : cnf.clauses()) {
            StringBuilder line = new StringBuilder();
            for (int literal : clause) {
                line.append(literal).append(' ');
            }
            out.write(line.append("0\n").toString());
        }
    }

    private static int parseCount(String field, String name, int lineNumber) throws IOException {
        try {
            int value = Integer.parseInt(field);
            if (value < 0) {
                throw new IOException("line " + lineNumber + ": " + name + " = " + value + " is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("line " + lineNumber + ": " + name + " '" + field + "' is not an integer", e);
        }
    }
}
