/** Reports: the report model of one run and one renderer per output format. */
package io.hypecheck.report;
