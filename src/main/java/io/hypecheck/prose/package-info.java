/** Facts read from an analyst's prose (summary, description): amounts with their role, declines, stated absences and where a figure comes from. */
package io.hypecheck.prose;
