// Lint: typescript-eslint's recommended rules, the Office add-in rules from eslint-plugin-office-addins
// (load before read, sync after load, no sync in loops), and the purity fence around src/core.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import officeAddins from "eslint-plugin-office-addins";

const office = officeAddins.default ?? officeAddins;

export default tseslint.config(
  { ignores: ["node_modules/**", "dist/**", "coverage/**", "examples/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "office-addins": office },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/ban-ts-comment": ["error", { "ts-ignore": true, "ts-expect-error": "allow-with-description" }],
      "@typescript-eslint/no-explicit-any": "error",
      "no-eval": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // src/core is pure: no Office, React, DOM, Node or hidden clock (design.md §2).
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": ["error", { patterns: [
        { group: ["react", "react-dom", "@fluentui/*", "@microsoft/*", "@azure/*", "exceljs", "node:*", "fs", "path", "child_process", "os", "../excel/*", "../xlsx/*", "../mail/*", "../taskpane/*", "../cli/*"], message: "src/core is pure (design.md §2)." },
      ] }],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process", "Buffer", "fetch"],
      "no-restricted-syntax": ["error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "No hidden clock in src/core: pass 'now' as a parameter." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "No hidden clock in src/core: pass 'now' as a parameter." },
      ],
    },
  },
);
